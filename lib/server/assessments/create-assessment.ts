import "server-only";
import { initialCriteria } from "@/lib/domain/assessment-setup/initial-criteria";
import { scalePresets } from "@/lib/domain/assessment-setup/scales";
import { latestFramework } from "@/lib/domain/framework/registry";
import type { CreateAssessmentInput } from "@/lib/schemas/assessments";
import type { Actor } from "@/lib/server/auth/actor";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { canEdit } from "./access";
import { criterionData } from "./criterion-data";
import { sourcesOf } from "@/lib/domain/language/welsh-sources";
import { carbonReductionPlanRequired } from "@/lib/domain/assessment-setup/carbon-reduction-plan-gate";

// The Welsh text, the award share and the category may be left out by callers that have none (they default).
type Optional = "titleCy" | "descriptionCy" | "awardShare" | "procurementCategory";
type Details = Omit<CreateAssessmentInput, "deadlineDay" | "deadlineMonth" | "deadlineYear" | "deadlineTime" | Optional> &
  Partial<Pick<CreateAssessmentInput, Optional>> & { responseDeadline: Date };

/** A draft assessment from the framework at the chosen level, weights split equally between the rules. */
export async function createAssessment(actor: Actor, input: Details): Promise<{ id: string }> {
  if (!canEdit(actor)) throw new AppError("NOT_ALLOWED", "assessment.notAllowed");
  const scale = scalePresets[input.scale].points;
  const drafts = initialCriteria(latestFramework, input.level, scale);
  return db.$transaction(async (tx) => {
    const assessment = await tx.assessment.create({
      data: {
        organisationId: actor.organisationId,
        title: input.title,
        titleCy: input.titleCy ?? "",
        reference: input.reference,
        description: input.description,
        descriptionCy: input.descriptionCy ?? "",
        welshSources: JSON.stringify(sourcesOf({ title: { en: input.title, cy: input.titleCy ?? "" }, description: { en: input.description, cy: input.descriptionCy ?? "" } })),
        awardShare: input.awardShare ?? null,
        procurementCategory: input.procurementCategory ?? "services",
        nation: input.nation,
        annualContractValue: input.annualContractValue,
        carbonReductionPlanRequired: carbonReductionPlanRequired(input.nation, input.annualContractValue, input.carbonReductionPlan === "yes"),
        responseDeadline: input.responseDeadline,
        scale: JSON.stringify(scale),
        divergenceThreshold: input.divergenceThreshold,
        frameworkId: latestFramework.id,
        frameworkVersion: latestFramework.version,
        frameworkLevel: input.level,
        languages: input.languages,
        createdById: actor.userId,
      },
    });
    await tx.assessmentCriterion.createMany({ data: drafts.map((draft, position) => ({ assessmentId: assessment.id, position, ...criterionData(draft) })) });
    await recordAuditEvent(tx, {
      organisationId: actor.organisationId,
      actorOrganisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: "assessment.created",
      subjectType: "Assessment",
      subjectId: assessment.id,
      after: { title: input.title, titleCy: input.titleCy ?? "", awardShare: input.awardShare ?? null, reference: input.reference, framework: `${latestFramework.id}@${latestFramework.version}`, level: input.level, criteria: drafts.length },
    });
    return { id: assessment.id };
  });
}
