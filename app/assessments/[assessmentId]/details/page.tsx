import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AssessmentTextForm } from "@/components/assessments/AssessmentTextForm";
import { BackLink } from "@/components/govuk/BackLink";
import { withClientMessages } from "@/components/layout/ClientMessages";
import { staleWelshFields } from "@/lib/domain/language/welsh-sources";
import { requireActor } from "@/lib/server/auth/actor";
import { assessmentEditors } from "@/lib/server/assessments/access";
import { getAssessment } from "@/lib/server/assessments/get-assessment";
import { pageNotFound } from "@/lib/server/page-not-found";
import { updateAssessmentTextAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("assessments.text"))("title") };
}

async function AssessmentTextPage({ params }: { params: Promise<{ assessmentId: string }> }) {
  const { assessmentId } = await params;
  const actor = await requireActor({ roles: assessmentEditors, returnTo: `/assessments/${assessmentId}/details` });
  const assessment = await getAssessment(actor, assessmentId);
  if (!assessment || assessment.status !== "draft") pageNotFound();
  const tc = await getTranslations("common");
  const initial = {
    version: String(assessment.version), languages: assessment.languages, title: assessment.title, titleCy: assessment.titleCy, description: assessment.description,
    descriptionCy: assessment.descriptionCy, procurementCategory: assessment.procurementCategory, awardShare: assessment.awardShare === null ? "" : String(assessment.awardShare),
  };
  const stale = staleWelshFields(
    { title: { en: assessment.title, cy: assessment.titleCy }, description: { en: assessment.description, cy: assessment.descriptionCy } },
    assessment.welshSources,
  );
  return (
    <>
      <BackLink href={`/assessments/${assessment.id}`} text={tc("back")} />
      <span className="govuk-caption-l">{assessment.reference}</span>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <AssessmentTextForm action={updateAssessmentTextAction.bind(null, assessment.id)} initial={initial} staleFields={stale} welsh={assessment.languages !== "en"} />
        </div>
      </div>
    </>
  );
}

export default withClientMessages(AssessmentTextPage, ["assessments.form", "assessments.text", "errors"]);
