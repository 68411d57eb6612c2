import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ConfirmForm } from "@/components/forms/ConfirmForm";
import { BackLink } from "@/components/govuk/BackLink";
import { WarningText } from "@/components/govuk/WarningText";
import { withClientMessages } from "@/components/layout/ClientMessages";
import { assessmentTitle } from "@/lib/i18n/assessment-title";
import { toLocale } from "@/lib/i18n/locales";
import { requireActor } from "@/lib/server/auth/actor";
import { assessmentEditors } from "@/lib/server/assessments/access";
import { getAssessment } from "@/lib/server/assessments/get-assessment";
import { pageNotFound } from "@/lib/server/page-not-found";
import { deleteDraftAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("lifecycle.delete"))("title") };
}

async function DeleteDraftPage({ params }: { params: Promise<{ assessmentId: string }> }) {
  const { assessmentId } = await params;
  const actor = await requireActor({ roles: assessmentEditors, returnTo: `/assessments/${assessmentId}/delete` });
  const assessment = await getAssessment(actor, assessmentId);
  if (!assessment || assessment.status !== "draft" || assessment.organisationId !== actor.organisationId) pageNotFound();
  const t = await getTranslations("lifecycle.delete");
  const tc = await getTranslations("common");
  return (
    <>
      <BackLink href={`/assessments/${assessment.id}`} text={tc("back")} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <span className="govuk-caption-l">{assessment.reference}</span>
          <h1 className="govuk-heading-l">{t("heading", { title: assessmentTitle(assessment, toLocale(await getLocale())) })}</h1>
          <p className="govuk-body">{t("body", { criteria: assessment.criteria.length, comments: assessment.comments.length })}</p>
          <WarningText assistiveText={tc("warning")}>{t("warning")}</WarningText>
          <ConfirmForm action={deleteDraftAction.bind(null, assessment.id, assessment.version)} label={t("confirm")} cancel={{ href: `/assessments/${assessment.id}`, text: t("cancel") }} warning />
        </div>
      </div>
    </>
  );
}

export default withClientMessages(DeleteDraftPage, ["errors"]);
