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
import { carbonReductionPlanRequired } from "@/lib/domain/assessment-setup/carbon-reduction-plan-gate";

type Details = Omit<CreateAssessmentInput, "deadlineDay" | "deadlineMonth" | "deadlineYear" | "deadlineTime"> & { responseDeadline: Date };

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
        reference: input.reference,
        description: input.description,
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
      after: { title: input.title, reference: input.reference, framework: `${latestFramework.id}@${latestFramework.version}`, level: input.level, criteria: drafts.length },
    });
    return { id: assessment.id };
  });
}
