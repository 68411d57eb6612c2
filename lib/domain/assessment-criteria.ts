import type { AssessmentConfig } from "./case/case-schema";
import { findCriterion } from "./framework/registry";
import type { Framework, PreScoreMethod } from "./framework/types";
import type { ResolvedCriterion } from "./results";

export type AssessmentCriterionResolved = ResolvedCriterion & { preScoreMethod?: PreScoreMethod };

/** The assessment's criteria with what the engine needs from the framework: their rule and pre-score method. */
export function resolveCriteria(config: AssessmentConfig, framework: Framework): AssessmentCriterionResolved[] {
  return config.criteria.map((criterion) => {
    const fromFramework = criterion.custom ? undefined : findCriterion(framework, criterion.id);
    const resolved: AssessmentCriterionResolved = {
      id: criterion.id,
      weight: criterion.weight,
      rule: criterion.custom?.rule ?? fromFramework?.rule ?? "OTHER",
    };
    if (criterion.minimumScore !== undefined) resolved.minimumScore = criterion.minimumScore;
    if (fromFramework?.preScoreMethod) resolved.preScoreMethod = fromFramework.preScoreMethod;
    return resolved;
  });
}
