import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CarbonReductionPlanReason } from "@/components/assessments/CarbonReductionPlanReason";
import { ChangeDetailsForm } from "@/components/assessments/ChangeDetailsForm";
import { BackLink } from "@/components/govuk/BackLink";
import { withClientMessages } from "@/components/layout/ClientMessages";
import { carbonReductionPlanReason } from "@/lib/domain/assessment-setup/carbon-reduction-plan-gate";
import { toLondonTime } from "@/lib/domain/assessment-setup/london-time";
import { requireActor } from "@/lib/server/auth/actor";
import { assessmentEditors } from "@/lib/server/assessments/access";
import { getAssessment } from "@/lib/server/assessments/get-assessment";
import { pageNotFound } from "@/lib/server/page-not-found";
import { changeDetailsAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("lifecycle.change"))("title") };
}

async function ChangeDetailsPage({ params }: { params: Promise<{ assessmentId: string }> }) {
  const { assessmentId } = await params;
  const actor = await requireActor({ roles: assessmentEditors, returnTo: `/assessments/${assessmentId}/change` });
  const assessment = await getAssessment(actor, assessmentId);
  if (!assessment || assessment.status !== "draft" || assessment.organisationId !== actor.organisationId) pageNotFound();
  const tc = await getTranslations("common");
  const deadline = toLondonTime(assessment.responseDeadline);
  const initial = {
    title: assessment.title,
    reference: assessment.reference,
    description: assessment.description,
    annualContractValue: String(assessment.annualContractValue),
    // Ticked only when chosen: a condition made mandatory by the value is decided again from the value.
    carbonReductionPlan: carbonReductionPlanReason(assessment.nation, assessment.annualContractValue, assessment.carbonReductionPlanRequired).reason === "chosen" ? "yes" : "no",
    deadlineDay: String(deadline.day),
    deadlineMonth: String(deadline.month),
    deadlineYear: String(deadline.year),
    deadlineTime: `${String(deadline.hour).padStart(2, "0")}:${String(deadline.minute).padStart(2, "0")}`,
    languages: assessment.languages,
    version: String(assessment.version),
  };
  return (
    <>
      <BackLink href={`/assessments/${assessment.id}`} text={tc("back")} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <span className="govuk-caption-l">{assessment.reference}</span>
          <ChangeDetailsForm action={changeDetailsAction.bind(null, assessment.id)} initial={initial} carbonReductionPlanNow={<CarbonReductionPlanReason assessment={assessment} />} />
        </div>
      </div>
    </>
  );
}

export default withClientMessages(ChangeDetailsPage, ["assessments.form", "errors", "lifecycle.change"]);
