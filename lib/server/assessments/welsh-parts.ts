import type { FieldPair, WelshSources } from "@/lib/domain/language/welsh-sources";
import { criterionWelshFields } from "./criterion-data";
import type { AssessmentView } from "./get-assessment";

/** An assessment's fields in both languages with the English each Welsh one was written from, as welshToUpdate takes them. */
export function welshParts(assessment: AssessmentView): {
  languages: AssessmentView["languages"];
  fields: Record<string, FieldPair>;
  sources: WelshSources | null;
  criteria: { id: string; fields: Record<string, FieldPair>; sources: WelshSources | null }[];
} {
  return {
    languages: assessment.languages,
    fields: { title: { en: assessment.title, cy: assessment.titleCy }, description: { en: assessment.description, cy: assessment.descriptionCy } },
    sources: assessment.welshSources,
    criteria: assessment.criteria.map((criterion) => ({ id: criterion.id, fields: criterionWelshFields(criterion), sources: criterion.welshSources })),
  };
}
