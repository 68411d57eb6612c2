import "server-only";
import { parseWelshSources, stampWelshSources } from "@/lib/domain/language/welsh-sources";
import type { AssessmentTextInput } from "@/lib/schemas/assessments";
import type { Actor } from "@/lib/server/auth/actor";
import { AppError } from "@/lib/server/errors";
import { changeAssessment } from "./access";

type Input = Omit<AssessmentTextInput, "languages">;

/**
 * The title and description in English and Welsh, the share of the award and the category of a draft. Welsh left
 * as it was beside changed English stays recorded as written from the old English, so it is flagged until the
 * officer rewrites it or confirms it still says the same.
 */
export async function updateAssessmentText(actor: Actor, assessmentId: string, input: Input) {
  return changeAssessment(actor, assessmentId, input.version, async (tx, changed) => {
    const before = await tx.assessment.findFirstOrThrow({
      where: { id: changed.id, organisationId: changed.organisationId },
      select: { title: true, titleCy: true, description: true, descriptionCy: true, welshSources: true, awardShare: true, procurementCategory: true, languages: true },
    });
    if (before.languages !== "en" && !input.titleCy) throw new AppError("WELSH_TITLE_REQUIRED", "titleCy.required", "titleCy");
    const after = { title: { en: input.title, cy: input.titleCy }, description: { en: input.description, cy: input.descriptionCy } };
    const sources = stampWelshSources(
      { fields: { title: { en: before.title, cy: before.titleCy }, description: { en: before.description, cy: before.descriptionCy } }, sources: parseWelshSources(before.welshSources) },
      after,
      input.welshConfirmed === "yes",
    );
    await tx.assessment.update({
      where: { id: changed.id },
      data: {
        title: input.title, titleCy: input.titleCy, description: input.description, descriptionCy: input.descriptionCy, welshSources: JSON.stringify(sources),
        awardShare: input.awardShare, procurementCategory: input.procurementCategory,
      },
    });
    return {
      result: true,
      change: {
        action: "assessment.details-updated",
        before: { title: before.title, titleCy: before.titleCy, awardShare: before.awardShare, procurementCategory: before.procurementCategory },
        after: { title: input.title, titleCy: input.titleCy, awardShare: input.awardShare, procurementCategory: input.procurementCategory, welshConfirmed: input.welshConfirmed === "yes" },
      },
    };
  });
}
