import { validateAssessmentConfig } from "@/lib/domain/config-checks";
import { welshPublicationProblems, welshToUpdate } from "@/lib/domain/language/welsh-to-update";
import type { Problem } from "@/lib/domain/text";
import type { AssessmentView } from "./get-assessment";
import { toAssessmentConfig } from "./to-assessment-config";
import { welshParts } from "./welsh-parts";

/**
 * The rules engine's checks of a draft, as its officer sees them before publishing: weights, scale, gates, minimum
 * shares — and, for an assessment written in Welsh, its title and description in Welsh. The evaluators are the
 * officer who created it and the specialists added to it.
 */
export function checkAssessment(assessment: AssessmentView, today: string): Problem[] {
  const evaluators = [assessment.createdById, ...assessment.specialists.map((specialist) => specialist.userId)]
    .filter((id, index, all) => all.indexOf(id) === index)
    .map((id) => ({ id, conflictsOfInterest: [] }));
  return [...validateAssessmentConfig(toAssessmentConfig(assessment, today, evaluators)), ...welshPublicationProblems(welshToUpdate(welshParts(assessment)))];
}
