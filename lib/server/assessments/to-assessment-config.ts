import type { AssessmentConfig } from "@/lib/domain/case/case-schema";
import type { AssessmentView, CriterionView } from "./get-assessment";

/**
 * The id the rules engine knows a criterion by: the framework's id for a framework criterion (so that its rule and
 * pre-score method apply), the row's own id for the buyer's own criterion.
 */
export function engineCriterionId(criterion: Pick<CriterionView, "id" | "frameworkCriterionId">): string {
  return criterion.frameworkCriterionId ?? criterion.id;
}

/** An assessment as the rules engine's configuration, so its checks and results are exactly lib/domain's. */
export function toAssessmentConfig(
  assessment: Pick<AssessmentView, "id" | "framework" | "nation" | "annualContractValue" | "scale" | "gates" | "carbonReductionPlanRequired" | "divergenceThreshold" | "minimumSustainabilityShare" | "minimumSocialValueShare"> & {
    criteria: readonly Pick<CriterionView, "id" | "frameworkCriterionId" | "weight" | "minimumScore" | "rule" | "title" | "question">[];
  },
  assessmentDate: string,
  evaluators: AssessmentConfig["evaluators"] = [],
  whatIf: AssessmentConfig["whatIf"] = [],
): AssessmentConfig {
  const minimumShares: NonNullable<AssessmentConfig["minimumShares"]> = {};
  if (assessment.minimumSustainabilityShare !== null) minimumShares.sustainability = assessment.minimumSustainabilityShare;
  if (assessment.minimumSocialValueShare !== null) minimumShares.socialValue = assessment.minimumSocialValueShare;
  return {
    id: assessment.id,
    framework: { id: assessment.framework.id, version: assessment.framework.version },
    buyer: { nation: assessment.nation, annualContractValue: assessment.annualContractValue },
    assessmentDate,
    scale: { points: assessment.scale },
    criteria: assessment.criteria.map((criterion) => ({
      id: engineCriterionId(criterion),
      weight: criterion.weight,
      ...(criterion.minimumScore !== null ? { minimumScore: criterion.minimumScore } : {}),
      ...(criterion.frameworkCriterionId ? {} : { custom: { rule: criterion.rule, title: criterion.title, question: criterion.question } }),
    })),
    ...(Object.keys(minimumShares).length ? { minimumShares } : {}),
    gates: [
      ...(assessment.carbonReductionPlanRequired ? [{ id: "carbon-reduction-plan", kind: "carbon-reduction-plan" as const }] : []),
      ...assessment.gates.map((gate) => ({ id: gate.id, kind: "pass-fail" as const, question: gate.question })),
    ],
    evaluators,
    divergenceThreshold: assessment.divergenceThreshold,
    whatIf,
  };
}
