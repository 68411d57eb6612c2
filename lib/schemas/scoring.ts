import { z } from "zod";
import { emailField } from "./members";

// Messages are keys of the "errors" catalogue namespace. Form fields arrive as strings.

export const conflictSchema = z
  .object({
    hasConflict: z.enum(["yes", "no"], { error: "scoring.hasConflictRequired" }),
    details: z.string().trim().max(5000, "scoring.conflictDetailsTooLong"),
  })
  .superRefine((value, context) => {
    if (value.hasConflict === "yes" && !value.details) context.addIssue({ code: "custom", path: ["details"], message: "scoring.conflictDetailsRequired" });
  });
export const conflictFields = ["hasConflict", "details"] as const;

export const conflictDecisionSchema = z.object({ decision: z.enum(["allowed", "excluded"], { error: "scoring.conflictDecisionRequired" }) });

const onScale = (scaleValues: readonly number[], required: string, invalid: string) =>
  z
    .string()
    .trim()
    .min(1, required)
    .refine((value) => /^-?\d+$/.test(value) && scaleValues.includes(Number(value)), invalid)
    .transform(Number);

const justification = (required: string, tooLong: string) => z.string().trim().min(1, required).max(5000, tooLong);

export const scoreField = (criterionId: string) => `score-${criterionId}`;
export const justificationField = (criterionId: string) => `justification-${criterionId}`;
export const scoreSheetFields = (criterionIds: readonly string[]) => criterionIds.flatMap((id) => [scoreField(id), justificationField(id)]);

/** One score and a justification for every criterion of the assessment, each score a point of its scale. */
export function scoreSheetSchema(criterionIds: readonly string[], scaleValues: readonly number[]) {
  const shape: Record<string, z.ZodType> = {};
  for (const id of criterionIds) {
    shape[scoreField(id)] = onScale(scaleValues, "scoring.scoreRequired", "scoring.scoreInvalid");
    shape[justificationField(id)] = justification("scoring.justificationRequired", "scoring.justificationTooLong");
  }
  return z.object(shape).transform((values) =>
    criterionIds.map((criterionId) => ({ criterionId, score: values[scoreField(criterionId)] as number, justification: values[justificationField(criterionId)] as string })),
  );
}
export type ScoreSheet = z.infer<ReturnType<typeof scoreSheetSchema>>;

/** A score sheet saved part-way: any score left empty, but a score given is a point of the scale. */
export function scoreDraftSchema(criterionIds: readonly string[], scaleValues: readonly number[]) {
  const shape: Record<string, z.ZodType<string>> = {};
  for (const id of criterionIds) {
    shape[scoreField(id)] = z.string().trim().refine((value) => value === "" || (/^-?\d+$/.test(value) && scaleValues.includes(Number(value))), "scoring.scoreInvalid");
    shape[justificationField(id)] = z.string().trim().max(5000, "scoring.justificationTooLong");
  }
  return z.object(shape);
}
export type ScoreDraft = Record<string, string>;

/** The consensus the evaluators agreed for a divergent criterion, with why. */
export function consensusSchema(scaleValues: readonly number[]) {
  return z.object({
    score: onScale(scaleValues, "scoring.consensusScoreRequired", "scoring.scoreInvalid"),
    rationale: justification("scoring.rationaleRequired", "scoring.rationaleTooLong"),
  });
}
export const consensusFields = ["score", "rationale"] as const;

/** A sustainability specialist of another public body, named by their e-mail address. */
export const grantSpecialistSchema = z.object({ email: emailField });
