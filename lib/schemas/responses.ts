import { z } from "zod";
import { inputLimits } from "@/lib/domain/case/limits";
import { functionalUnitKinds } from "@/lib/domain/case/footprint-schema";
import { deviceModels } from "@/lib/domain/footprint/device-defaults";
import { electricityRegions } from "@/lib/domain/footprint/factors";
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

const optionalNumber = (key: string, { integer = false, min = 0, max = Number.MAX_SAFE_INTEGER } = {}) =>
  z
    .string()
    .trim()
    .transform((text, ctx) => {
      const cleaned = text.replace(/,/g, "");
      if (!cleaned) return undefined;
      const value = Number(cleaned);
      if (!/^\d+(\.\d+)?$/.test(cleaned) || (integer && !Number.isInteger(value)) || value < min || value > max) {
        ctx.addIssue({ code: "custom", message: key });
        return z.NEVER;
      }
      return value;
    });

const requiredNumber = (key: string, options?: { integer?: boolean; min?: number; max?: number }) =>
  z.string().trim().min(1, `${key}.required`).pipe(optionalNumber(`${key}.invalid`, options)).pipe(z.number());

const region = z.enum(electricityRegions, { error: "region.required" });

/**
 * The service footprint declaration (Tech Net Zero recommendation 4): one hosting line, one kind of device, data,
 * and a functional unit. Each part is optional, but one of hosting, a device or data must be given. A device may
 * name a common kind instead of its embodied carbon; the kind of device then follows from it.
 */
export const footprintSchema = z
  .object({
    hostingRegion: region,
    hostingKWh: optionalNumber("hostingKWh.invalid", { max: inputLimits.kWhPerYear }),
    pue: optionalNumber("pue.invalid", { min: 1, max: 5 }),
    deviceDescription: z.string().trim().max(200, "deviceDescription.tooLong"),
    deviceModel: z.union([z.literal(""), z.enum(deviceModels)], { error: "deviceModel.invalid" }),
    deviceKind: z.string().trim(),
    deviceCount: optionalNumber("deviceCount.invalid", { integer: true, max: inputLimits.deviceCount }),
    deviceEmbodied: optionalNumber("deviceEmbodied.invalid", { max: inputLimits.kgCO2eEachDevice }),
    deviceLifetime: optionalNumber("deviceLifetime.invalid", { min: 0.1, max: inputLimits.lifetimeYears }),
    deviceKWh: optionalNumber("deviceKWh.invalid", { max: inputLimits.kWhPerYearEachDevice }),
    dataGB: optionalNumber("dataGB.invalid", { max: inputLimits.gbPerYear }),
    usersRegion: z.union([z.literal(""), region], { error: "region.required" }),
    functionalUnit: z.union([z.literal(""), z.enum(functionalUnitKinds)], { error: "functionalUnit.required" }),
    functionalUnitCount: optionalNumber("functionalUnitCount.invalid", { integer: true, min: 1, max: inputLimits.functionalUnitsPerYear }),
  })
  .superRefine((input, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    if (input.pue !== undefined && input.hostingKWh === undefined) issue("hostingKWh", "hostingKWh.required");
    const device =
      input.deviceDescription || input.deviceModel || input.deviceCount !== undefined || input.deviceEmbodied !== undefined || input.deviceLifetime !== undefined || input.deviceKWh !== undefined;
    if (input.hostingKWh === undefined && !device && input.dataGB === undefined) issue("hostingKWh", "footprint.nothingDeclared");
    if (input.functionalUnit && input.functionalUnitCount === undefined) issue("functionalUnitCount", "functionalUnitCount.required");
    if (!input.functionalUnit && input.functionalUnitCount !== undefined) issue("functionalUnit", "functionalUnit.required");
    if (!device) return;
    if (!input.deviceDescription) issue("deviceDescription", "deviceDescription.required");
    // A common kind of device says what kind it is; without one the supplier picks the kind.
    if (!input.deviceModel && !["end-user", "server", "network"].includes(input.deviceKind)) issue("deviceKind", "deviceKind.required");
    if (input.deviceCount === undefined) issue("deviceCount", "deviceCount.required");
    if (input.deviceEmbodied === undefined && !input.deviceModel) issue("deviceEmbodied", "deviceEmbodied.requiredOrDefault");
    if (input.deviceLifetime === undefined) issue("deviceLifetime", "deviceLifetime.required");
  });
export type FootprintInput = z.infer<typeof footprintSchema>;
export const footprintFields = Object.keys(footprintSchema.shape);

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
