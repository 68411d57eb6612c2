import { z } from "zod";
import { bilingualSchema, idSchema, isoDateSchema } from "./common-schema";
import { carbonReductionPlanSchema } from "./carbon-reduction-plan-schema";
import { supplierEvidenceSchema } from "./evidence-schema";
import { serviceFootprintDeclarationSchema } from "./footprint-schema";
import { inputLimits } from "./limits";

const scaleNumber = () => z.number().min(-inputLimits.scaleValue).max(inputLimits.scaleValue);

export const nations = ["england", "wales", "scotland", "northern-ireland"] as const;
export const criterionCategories = ["sustainability", "social-value", "quality", "price"] as const;
export const customRules = ["BR1", "BR2", "BR3", "OUTCOME", "OTHER"] as const;

// Blank descriptors pass the schema so the configuration check can name the point that lacks one.
const scalePointSchema = z.strictObject({
  value: scaleNumber(),
  descriptor: z.strictObject({ en: z.string(), cy: z.string() }),
});

const assessmentCriterionSchema = z.strictObject({
  id: idSchema.describe("A framework criterion id, or the buyer's own id for a custom criterion"),
  weight: z.number().min(0).max(100).describe("Whole percentage; all weights total 100"),
  minimumScore: scaleNumber().optional().describe("A tender scoring below this on the criterion is disregarded"),
  category: z.enum(criterionCategories).optional().describe("sustainability when left out"),
  custom: z
    .strictObject({ rule: z.enum(customRules), title: bilingualSchema, question: bilingualSchema })
    .optional()
    .describe("Present only for a criterion the buyer added"),
});

const gateSchema = z.discriminatedUnion("kind", [
  z.strictObject({ id: idSchema, kind: z.literal("carbon-reduction-plan") }),
  z.strictObject({ id: idSchema, kind: z.literal("pass-fail"), question: bilingualSchema }),
]);

export const assessmentConfigSchema = z.strictObject({
  id: idSchema,
  title: bilingualSchema.optional(),
  framework: z.strictObject({ id: idSchema, version: idSchema }),
  buyer: z.strictObject({
    nation: z.enum(nations),
    annualContractValue: z
      .number()
      .min(0)
      .max(inputLimits.annualContractValue)
      .describe("Estimated value in pounds a year, including VAT, averaged over the life of the contract (PPN 006 para 3)"),
  }),
  assessmentDate: isoDateSchema,
  scale: z.strictObject({ points: z.array(scalePointSchema) }),
  criteria: z.array(assessmentCriterionSchema),
  minimumShares: z
    .strictObject({
      sustainability: z.number().min(0).max(100).optional(),
      socialValue: z.number().min(0).max(100).optional(),
    })
    .optional()
    .describe("Least total weight, in percent, the buyer requires for these categories"),
  gates: z.array(gateSchema).default([]),
  evaluators: z.array(z.strictObject({ id: idSchema, conflictsOfInterest: z.array(idSchema).default([]) })),
  divergenceThreshold: z.number().min(0).max(inputLimits.scaleValue).describe("Largest allowed gap between evaluators, in scale points"),
  whatIf: z
    .array(z.strictObject({ name: z.string().min(1), weights: z.record(z.string(), z.number().min(0).max(100)) }))
    .default([]),
});

export const supplierSchema = z.strictObject({
  id: idSchema,
  name: z.string().min(1),
  evidence: supplierEvidenceSchema.default({}),
  carbonReductionPlan: carbonReductionPlanSchema.optional(),
  gateResults: z.record(z.string(), z.enum(["pass", "fail"])).default({}).describe("Pass or fail recorded for each pass-fail gate"),
  serviceFootprint: serviceFootprintDeclarationSchema.optional(),
});

export const evaluatorScoreSchema = z.strictObject({
  supplierId: idSchema,
  criterionId: idSchema,
  evaluatorId: idSchema,
  score: scaleNumber(),
  justification: z.string().optional(),
});

export const moderatedScoreSchema = z.strictObject({
  supplierId: idSchema,
  criterionId: idSchema,
  score: scaleNumber(),
  rationale: z.string().trim().min(1).describe("Why the evaluators agreed this score"),
  moderatorId: idSchema.optional(),
});

/** Everything needed to compute an assessment's results: what `npm run assess` reads. */
export const assessmentCaseSchema = z.strictObject({
  assessment: assessmentConfigSchema,
  suppliers: z.array(supplierSchema),
  scores: z.array(evaluatorScoreSchema).default([]),
  moderatedScores: z.array(moderatedScoreSchema).default([]),
});

export type AssessmentCase = z.infer<typeof assessmentCaseSchema>;
export type AssessmentCaseInput = z.input<typeof assessmentCaseSchema>;
export type AssessmentConfig = z.infer<typeof assessmentConfigSchema>;
export type AssessmentCriterion = AssessmentConfig["criteria"][number];
export type Gate = AssessmentConfig["gates"][number];
export type Supplier = z.infer<typeof supplierSchema>;
export type EvaluatorScore = z.infer<typeof evaluatorScoreSchema>;
export type ModeratedScore = z.infer<typeof moderatedScoreSchema>;
export type Nation = (typeof nations)[number];
export type Scale = AssessmentConfig["scale"];
