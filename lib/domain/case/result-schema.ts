import { z } from "zod";
import { nations } from "./case-schema";

/** The shape `npm run assess` prints and the web app stores: generated into JSON Schema by --output-schema. */
const bilingual = z.object({ en: z.string(), cy: z.string() });

export const problemSchema = z.object({
  code: z.string(),
  message: bilingual,
  path: z.array(z.union([z.string(), z.number()])).optional(),
  params: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])).optional(),
});

const rankedSupplierSchema = z.object({ supplierId: z.string(), rank: z.number().int().min(1), total: z.number().min(0).max(100) });

const leaderSensitivitySchema = z
  .object({
    leaderId: z.string(),
    challengerId: z.string(),
    firstAfterMove: z.array(z.string()),
    fromCriterionId: z.string(),
    toCriterionId: z.string(),
    points: z.number().int().min(1),
    fromWeight: z.number().int(),
    toWeight: z.number().int(),
    summary: bilingual,
  })
  .nullable();

const criterionResultSchema = z.object({
  criterionId: z.string(),
  weight: z.number(),
  scores: z.array(z.object({ evaluatorId: z.string(), score: z.number() })),
  spread: z.number().nullable(),
  divergent: z.boolean(),
  consensus: z.object({ score: z.number(), rationale: z.string(), moderatorId: z.string().optional() }).nullable(),
  agreedScore: z.number().nullable(),
  normalisedScore: z.number().min(0).max(1).nullable(),
  status: z.enum(["agreed", "consensus", "divergent", "missing-scores"]),
  missingEvaluators: z.array(z.string()),
});

const emissionFactorSchema = z.object({
  id: z.string(),
  label: bilingual,
  value: z.number(),
  unit: z.string(),
  year: z.number().int(),
  source: bilingual,
  url: z.string(),
  licence: z.object({ id: z.string(), name: bilingual, url: z.string() }),
  attribution: bilingual,
  note: bilingual.optional(),
});

const footprintSchema = z.object({
  tCO2ePerYear: z.number().min(0),
  shown: z.object({ value: z.number().min(0), fractionDigits: z.number().int().min(0) }),
  summary: bilingual,
  perFunctionalUnit: z
    .object({
      kind: z.enum(["user", "transaction"]),
      countPerYear: z.number().int().positive(),
      kgCO2ePerUnit: z.number().min(0),
      fractionDigits: z.number().int().min(0),
      unit: bilingual,
    })
    .nullable(),
  basis: bilingual,
  lines: z.array(
    z.object({
      component: z.enum(["hosting-electricity", "device-embodied", "device-electricity", "data-transfer", "transmission-distribution"]),
      description: bilingual,
      quantity: z.number(),
      unit: bilingual,
      factors: z.array(z.string()),
      kgCO2ePerYear: z.number(),
      usesDefault: z.boolean(),
      note: bilingual.optional(),
    }),
  ),
  factorsUsed: z.array(emissionFactorSchema),
  method: bilingual,
  exclusions: z.array(bilingual),
});

const supplierResultSchema = z.object({
  supplierId: z.string(),
  name: z.string(),
  status: z.enum(["ranked", "excluded", "incomplete"]),
  rank: z.number().int().min(1).nullable(),
  total: z.number().min(0).max(100).nullable(),
  exclusionReasons: z.array(problemSchema),
  incompleteReasons: z.array(problemSchema),
  ruleSubtotals: z.array(z.object({ rule: z.enum(["BR1", "BR2", "BR3", "OUTCOME", "OTHER"]), weight: z.number(), points: z.number() })),
  carbonReductionPlan: z.object({
    gate: z.boolean(),
    passed: z.boolean(),
    failures: z.array(problemSchema),
    flags: z.array(problemSchema),
  }),
  gates: z.array(z.object({ gateId: z.string(), kind: z.enum(["carbon-reduction-plan", "pass-fail"]), result: z.enum(["pass", "fail", "pending"]) })),
  evidence: z.array(
    z.object({
      kind: z.string(),
      status: z.enum(["valid", "expired", "withdrawn", "not-yet-valid"]),
      asAt: z.string(),
      validUntil: z.string(),
      validUntilFrom: z.enum(["certificate", "rule"]),
      earnsCredit: z.boolean(),
      source: z.string(),
    }),
  ),
  flags: z.array(problemSchema),
  preScores: z.array(
    z.object({
      criterionId: z.string(),
      method: z.string(),
      strength: z.number().min(0).max(1),
      suggestedScore: z.number(),
      reasons: z.array(problemSchema),
    }),
  ),
  criteria: z.array(criterionResultSchema),
  footprint: footprintSchema.nullable(),
});

export const assessmentResultSchema = z.object({
  assessment: z.object({
    id: z.string(),
    framework: z.object({ id: z.string(), version: z.string() }),
    assessmentDate: z.string(),
    nation: z.enum(nations),
    annualContractValue: z.number(),
    carbonReductionPlanMandatory: z.boolean(),
    divergenceThreshold: z.number(),
    scale: z.object({ low: z.number(), high: z.number() }),
  }),
  ranking: z.array(rankedSupplierSchema),
  excluded: z.array(z.object({ supplierId: z.string(), name: z.string(), reasons: z.array(problemSchema) })),
  incomplete: z.array(z.object({ supplierId: z.string(), name: z.string(), reasons: z.array(problemSchema) })),
  leaderSensitivity: leaderSensitivitySchema,
  whatIf: z.array(
    z.object({
      name: z.string(),
      weights: z.record(z.string(), z.number()),
      ranking: z.array(rankedSupplierSchema),
      leaderSensitivity: leaderSensitivitySchema,
    }),
  ),
  suppliers: z.array(supplierResultSchema),
});

export type AssessmentResult = z.infer<typeof assessmentResultSchema>;
export type SupplierResult = AssessmentResult["suppliers"][number];
