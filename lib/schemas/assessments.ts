import { z } from "zod";
import { scalePresetIds } from "@/lib/domain/assessment-setup/scales";
import { procurementCategories } from "@/lib/domain/assessment-setup/procurement-category";
import { inputLimits } from "@/lib/domain/case/limits";
import { preparedFileKinds } from "@/lib/domain/exports/prepared-files";
import { nations } from "@/lib/domain/organisations/roles";
import { recordVersion } from "./ids";

// Messages are keys of the "errors" catalogue namespace. Form fields arrive as strings.

const wholeNumber = (key: string, { min = 0, max = Number.MAX_SAFE_INTEGER } = {}) =>
  z
    .string()
    .trim()
    .min(1, `${key}.required`)
    .transform((value) => value.replace(/[,£\s]/g, ""))
    .pipe(z.string().regex(/^\d+$/, `${key}.wholeNumber`))
    .transform(Number)
    .pipe(z.number().min(min, `${key}.tooSmall`).max(max, `${key}.tooLarge`));

/** Empty is null; anything else is a whole number, refused with the same field-named messages as `wholeNumber`. */
const optionalWholeNumber = (key: string, options?: { min?: number; max?: number }) =>
  z
    .string()
    .trim()
    .transform((value, ctx) => {
      if (value === "") return null;
      const parsed = wholeNumber(key, options).safeParse(value);
      if (parsed.success) return parsed.data;
      for (const issue of parsed.error.issues) ctx.addIssue({ code: "custom", message: issue.message });
      return z.NEVER;
    });

export const deadlineFields = ["deadlineDay", "deadlineMonth", "deadlineYear", "deadlineTime"] as const;

export const assessmentDetailsSchema = z.object({
  title: z.string().trim().min(1, "title.required").max(200, "title.tooLong"),
  reference: z.string().trim().min(1, "reference.required").max(50, "reference.tooLong"),
  description: z.string().trim().max(5000, "description.tooLong"),
  nation: z.enum(nations, { error: "nation.required" }),
  annualContractValue: wholeNumber("annualContractValue", { max: inputLimits.annualContractValue }),
  carbonReductionPlan: z.enum(["yes", "no"]).catch("no"),
  deadlineDay: z.string().trim(),
  deadlineMonth: z.string().trim(),
  deadlineYear: z.string().trim(),
  deadlineTime: z.string().trim(),
  languages: z.enum(["en", "cy", "en+cy"], { error: "languages.required" }),
});

/**
 * The Welsh title is required when the assessment is written in Welsh (alone or with English). Checked whenever both
 * fields arrived as text, so its message shows beside the others rather than only once they are corrected.
 */
const welshTitleWhenWelsh: [(value: { languages?: string; titleCy: string }) => boolean, { path: PropertyKey[]; message: string; when: (payload: { value: unknown }) => boolean }] = [
  (value) => value.languages === "en" || value.titleCy !== "",
  {
    path: ["titleCy"],
    message: "titleCy.required",
    when: (payload: { value: unknown }) => {
      const value = payload.value as Record<string, unknown> | undefined;
      return typeof value?.languages === "string" && typeof value.titleCy === "string";
    },
  },
];

/** The share of the total award these criteria carry beside price and other criteria: a whole percent, 0 to 100. */
const awardShare = z.string().transform((value, ctx): number | null => {
  const digits = value.replace(/[%\s]/g, "");
  if (!digits) return null;
  if (!/^\d+$/.test(digits)) {
    ctx.addIssue({ code: "custom", message: "awardShare.wholeNumber" });
    return z.NEVER;
  }
  if (Number(digits) > 100) {
    ctx.addIssue({ code: "custom", message: "awardShare.tooLarge" });
    return z.NEVER;
  }
  return Number(digits);
});
const procurementCategory = z.enum(procurementCategories, { error: "procurementCategory.required" });

export const createAssessmentSchema = assessmentDetailsSchema
  .extend({
    titleCy: z.string().trim().max(200, "titleCy.tooLong"),
    descriptionCy: z.string().trim().max(5000, "descriptionCy.tooLong"),
    awardShare,
    procurementCategory,
    level: z.enum(["2020", "2025"], { error: "level.required" }),
    scale: z.enum(scalePresetIds, { error: "scale.required" }),
    divergenceThreshold: wholeNumber("divergenceThreshold", { max: 100 }),
  })
  .refine(...welshTitleWhenWelsh);
export type CreateAssessmentInput = z.infer<typeof createAssessmentSchema>;
export const createAssessmentFields = Object.keys(createAssessmentSchema.shape);

/** Changing an assessment's title and description in both languages, and its place in the award. */
export const assessmentTextSchema = z
  .object({
    title: z.string().trim().min(1, "title.required").max(200, "title.tooLong"),
    titleCy: z.string().trim().max(200, "titleCy.tooLong"),
    description: z.string().trim().max(5000, "description.tooLong"),
    descriptionCy: z.string().trim().max(5000, "descriptionCy.tooLong"),
    awardShare,
    procurementCategory,
    welshConfirmed: z.enum(["yes", "no"]).catch("no"),
    languages: z.enum(["en", "cy", "en+cy"]).catch("en+cy"),
    version: z.coerce.number().pipe(recordVersion),
  })
  .refine(...welshTitleWhenWelsh);
export type AssessmentTextInput = z.infer<typeof assessmentTextSchema>;
export const assessmentTextFields = Object.keys(assessmentTextSchema.shape);

export const criterionSchema = z.object({
  titleEn: z.string().trim().min(1, "criterionTitle.required").max(300, "criterionTitle.tooLong"),
  titleCy: z.string().trim().max(300, "criterionTitle.tooLong"),
  questionEn: z.string().trim().min(1, "question.required").max(5000, "question.tooLong"),
  questionCy: z.string().trim().max(5000, "question.tooLong"),
  guidanceEn: z.string().trim().max(5000, "guidance.tooLong"),
  guidanceCy: z.string().trim().max(5000, "guidance.tooLong"),
  evidenceEn: z.string().trim().max(5000, "evidence.tooLong"),
  evidenceCy: z.string().trim().max(5000, "evidence.tooLong"),
  welshConfirmed: z.enum(["yes", "no"]).catch("no"),
  weight: wholeNumber("weight", { max: 100 }),
  minimumScore: optionalWholeNumber("minimumScore", { max: 100 }),
  rule: z.enum(["BR1", "BR2", "BR3", "OUTCOME", "OTHER"], { error: "rule.required" }),
  version: z.coerce.number().pipe(recordVersion),
});
export type CriterionInput = z.infer<typeof criterionSchema>;
export const criterionFields = Object.keys(criterionSchema.shape);

export const commentSchema = z.object({
  criterionId: z.string().trim(),
  body: z.string().trim().min(1, "comment.required").max(3000, "comment.tooLong"),
});

/** Every criterion's weight (fields `weight-<criterion id>`), each a whole percentage, and the version the page showed. */
/** A weight as typed: a whole number from 0 to 100, or null (not one). */
export function typedWeight(text: string): number | null {
  const trimmed = text.trim();
  return /^\d{1,3}$/.test(trimmed) && Number(trimmed) <= 100 ? Number(trimmed) : null;
}

export const weightsSchema = z.record(z.string(), z.string()).transform((values, ctx) => {
  const weights: Record<string, number> = {};
  for (const [key, value] of Object.entries(values)) {
    if (!key.startsWith("weight-")) continue;
    const text = value.trim();
    if (typedWeight(text) === null) ctx.addIssue({ code: "custom", path: [key], message: text ? "weightOf.wholeNumber" : "weightOf.required" });
    else weights[key.slice("weight-".length)] = Number(text);
  }
  const version = z.coerce.number().pipe(recordVersion).safeParse(values.version);
  if (!version.success) ctx.addIssue({ code: "custom", path: ["form"], message: "assessment.changedByOthers" });
  return ctx.issues.length > 0 || !version.success ? z.NEVER : { weights, version: version.data };
});

/** A specialist of the organisation, chosen from the list. */
export const addSpecialistSchema = z.object({ userId: z.string().trim().min(1, "specialist.required") });

export const resolveCommentSchema = z.object({
  resolution: z.string().trim().min(1, "resolution.required").max(3000, "resolution.tooLong"),
});

export const inviteSupplierSchema = z.discriminatedUnion("by", [
  z.object({ by: z.literal("organisation"), supplierOrganisationId: z.string().trim().min(1, "supplierOrganisation.required"), email: z.string().optional() }),
  z.object({
    by: z.literal("email"),
    email: z.string().trim().toLowerCase().min(1, "email.required").max(254, "email.tooLong").pipe(z.email("email.invalid")),
    supplierOrganisationId: z.string().optional(),
  }),
], { error: "inviteBy.required" });

export const gateSchema = z.object({
  questionEn: z.string().trim().min(1, "gateQuestion.required").max(1000, "gateQuestion.tooLong"),
  questionCy: z.string().trim().max(1000, "gateQuestion.tooLong"),
});

/** Copying a shared template: the new assessment's own details; its deadline is read with them (lib/forms/deadline). */
export const copyTemplateSchema = assessmentDetailsSchema.pick({ title: true, reference: true, description: true, annualContractValue: true });
export const copyTemplateFields = ["title", "reference", "description", "annualContractValue", ...deadlineFields] as const;

/** A buyer's own criterion, added beside the framework's: optional, but a title and a question once either is typed. */
export const ownCriterionRules = ["BR1", "BR2", "BR3", "OUTCOME", "OTHER"] as const;
export const ownCriterionFields = ["ownTitle", "ownQuestion", "ownRule"] as const;
export const ownCriterionSchema = z
  .object({ ownTitle: z.string().max(300, "criterionTitle.tooLong"), ownQuestion: z.string().max(5000, "question.tooLong"), ownRule: z.string() })
  .superRefine((values, ctx) => {
    if (!values.ownTitle.trim() && !values.ownQuestion.trim()) return;
    if (!values.ownTitle.trim()) ctx.addIssue({ code: "custom", path: ["ownTitle"], message: "criterionTitle.required" });
    if (!values.ownQuestion.trim()) ctx.addIssue({ code: "custom", path: ["ownQuestion"], message: "question.required" });
    if (!(ownCriterionRules as readonly string[]).includes(values.ownRule)) ctx.addIssue({ code: "custom", path: ["ownRule"], message: "rule.required" });
  })
  .transform((values) =>
    values.ownTitle.trim() ? { titleEn: values.ownTitle.trim(), questionEn: values.ownQuestion.trim(), rule: values.ownRule as (typeof ownCriterionRules)[number] } : undefined,
  );

/** Which results document to prepare in the background (a bound argument of the Prepare buttons). */
export const preparedFileKind = z.enum(preparedFileKinds);
