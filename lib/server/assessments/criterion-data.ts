import "server-only";
import type { CriterionDraft } from "@/lib/domain/assessment-setup/initial-criteria";
import { sourcesOf, type FieldPair } from "@/lib/domain/language/welsh-sources";
import type { Bilingual } from "@/lib/domain/text";

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
    // The framework's Welsh was written from its English: recorded so that a later change of the English shows.
    welshSources: JSON.stringify(sourcesOf(criterionWelshFields(draft))),
    weight: draft.weight,
  };
}

/** A criterion's fields in both languages, keyed as its Welsh sources are: title, question, guidance, evidence, descriptor-<value>. */
export function criterionWelshFields(criterion: { title: Bilingual; question: Bilingual; guidance: Bilingual; evidence: Bilingual; descriptors: Record<string, Bilingual> }): Record<string, FieldPair> {
  return {
    title: criterion.title,
    question: criterion.question,
    guidance: criterion.guidance,
    evidence: criterion.evidence,
    ...Object.fromEntries(Object.entries(criterion.descriptors).map(([value, text]) => [`descriptor-${value}`, text])),
  };
}
