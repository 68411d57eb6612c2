import { z } from "zod";
import { nations } from "@/lib/domain/organisations/roles";
import { recordVersion } from "./ids";
import { acceptInvitationSchema } from "./members";

// Messages are keys of the "errors" catalogue namespace. Form fields arrive as strings.

export const answerSchema = z.object({
  answer: z.string().trim().max(20000, "answer.tooLong"),
  language: z.enum(["en", "cy"], { error: "answerLanguage.required" }),
  version: z.coerce.number().pipe(recordVersion),
});
export type AnswerInput = z.infer<typeof answerSchema>;
export const answerFields = ["answer", "language", "version"] as const;

export const submitResponseSchema = z.object({
  declaration: z.literal("yes", { error: "declaration.required" }),
  // The response's version on the check answers page: the declaration covers what that page showed.
  version: z.coerce.number().int().min(0),
});
export const submitResponseFields = ["declaration", "version"] as const;

/** The error summary entry of a submission refused because the response changed: it links back to check answers. */
export const checkAnswersField = "check-answers";

/** The field of a refusal about one question (the error summary names it and links to its page). */
export const questionField = (criterionId: string) => `question-${criterionId}`;

/** The name of a condition of participation's radios (and the id the error summary links to). */
export const conditionField = (gateId: string) => `condition-${gateId}`;

/** The supplier's declaration on each pass/fail condition of participation: "yes" it meets it, "no" it does not. */
export function conditionsSchema(gateIds: readonly string[]) {
  return z.object(Object.fromEntries(gateIds.map((id) => [conditionField(id), z.enum(["yes", "no"], { error: "condition.required" })])));
}

export const questionSchema = z.object({
  question: z.string().trim().min(1, "clarification.required").max(3000, "clarification.tooLong"),
});

export const clarificationAnswerSchema = z.object({
  answer: z.string().trim().min(1, "clarificationAnswer.required").max(5000, "clarificationAnswer.tooLong"),
  /** The question as suppliers will read it, sent with the first answer: the officer may reword or redact it. */
  wording: z.string().trim().min(1, "clarificationWording.required").max(5000, "clarificationWording.tooLong").optional(),
});

/** A new supplier organisation registering its first admin from a buyer's e-mail invitation. */
export const registerSupplierSchema = z
  .object({
    organisationNameEn: z.string().trim().min(1, "organisationName.required").max(200, "organisationName.tooLong"),
    organisationNameCy: z.string().trim().max(200, "organisationName.tooLong"),
    nation: z.enum(nations, { error: "supplierNation.required" }),
    name: acceptInvitationSchema.shape.name,
    password: acceptInvitationSchema.shape.password,
    confirmPassword: acceptInvitationSchema.shape.confirmPassword,
  })
  .refine((input) => input.password === input.confirmPassword, { path: ["confirmPassword"], message: "confirmPassword.mismatch" });
export type RegisterSupplierInput = z.infer<typeof registerSupplierSchema>;
export const registerSupplierFields = ["organisationNameEn", "organisationNameCy", "nation", "name", "password", "confirmPassword"] as const;
