import "server-only";
import type { CriterionDraft } from "@/lib/domain/assessment-setup/initial-criteria";

/** A criterion draft as the columns of AssessmentCriterion. */
export function criterionData(draft: CriterionDraft) {
  return {
    frameworkCriterionId: draft.frameworkCriterionId,
    rule: draft.rule,
    titleEn: draft.title.en,
    titleCy: draft.title.cy,
    questionEn: draft.question.en,
    questionCy: draft.question.cy,
    guidanceEn: draft.guidance.en,
    guidanceCy: draft.guidance.cy,
    evidenceEn: draft.evidence.en,
    evidenceCy: draft.evidence.cy,
    descriptors: JSON.stringify(draft.descriptors),
    weight: draft.weight,
  };
}
