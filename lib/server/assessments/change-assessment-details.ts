import "server-only";
import { carbonReductionPlanReason } from "@/lib/domain/assessment-setup/carbon-reduction-plan-gate";
import type { Nation } from "@/lib/domain/case/case-schema";
import type { Actor } from "@/lib/server/auth/actor";
import { changeAssessment } from "./access";

export type AssessmentDetailsChange = {
  title: string;
  reference: string;
  description: string;
  annualContractValue: number;
  carbonReductionPlan: "yes" | "no";
  languages: "en" | "cy" | "en+cy";
  responseDeadline: Date;
  version: number;
};

/**
 * Changes a draft's title, reference, description, value, languages and deadline. A new value decides again whether
 * the Carbon Reduction Plan condition is mandatory (PPN 006 / WPPN 006): the result says what it is now and why.
 * Null when the assessment is not the actor's.
 */
export async function changeAssessmentDetails(actor: Actor, assessmentId: string, input: AssessmentDetailsChange) {
  return changeAssessment(actor, assessmentId, input.version, async (tx, changed) => {
    const before = await tx.assessment.findFirstOrThrow({
      where: { id: changed.id },
      select: { title: true, reference: true, description: true, nation: true, annualContractValue: true, carbonReductionPlanRequired: true, languages: true, responseDeadline: true },
    });
    const crp = carbonReductionPlanReason(before.nation as Nation, input.annualContractValue, input.carbonReductionPlan === "yes");
    const after = {
      title: input.title, reference: input.reference, description: input.description, annualContractValue: input.annualContractValue,
      carbonReductionPlanRequired: crp.required, languages: input.languages, responseDeadline: input.responseDeadline,
    };
    await tx.assessment.update({ where: { id: changed.id }, data: after });
    const { nation: _nation, ...previous } = before;
    return {
      result: { carbonReductionPlan: crp, carbonReductionPlanChanged: crp.required !== before.carbonReductionPlanRequired },
      change: { action: "assessment.details-changed", before: previous, after: { ...after, carbonReductionPlanReason: crp.reason } },
    };
  });
}
