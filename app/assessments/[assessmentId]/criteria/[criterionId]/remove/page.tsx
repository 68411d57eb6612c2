import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ConfirmForm } from "@/components/forms/ConfirmForm";
import { BackLink } from "@/components/govuk/BackLink";
import { withClientMessages } from "@/components/layout/ClientMessages";
import { assessmentTitle } from "@/lib/i18n/assessment-title";
import { toLocale } from "@/lib/i18n/locales";
import { requireActor } from "@/lib/server/auth/actor";
import { assessmentEditors } from "@/lib/server/assessments/access";
import { getAssessment } from "@/lib/server/assessments/get-assessment";
import { pageNotFound } from "@/lib/server/page-not-found";
import { removeCriterionAction } from "../../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("lifecycle.removeCriterion"))("title") };
}

async function RemoveCriterionPage({ params }: { params: Promise<{ assessmentId: string; criterionId: string }> }) {
  const { assessmentId, criterionId } = await params;
  const actor = await requireActor({ roles: assessmentEditors, returnTo: `/assessments/${assessmentId}/criteria/${criterionId}/remove` });
  const assessment = await getAssessment(actor, assessmentId);
  const criterion = assessment?.criteria.find((c) => c.id === criterionId);
  if (!assessment || !criterion || assessment.status !== "draft") pageNotFound();
  const t = await getTranslations("lifecycle.removeCriterion");
  const tc = await getTranslations("common");
  const locale = toLocale(await getLocale());
  const back = `/assessments/${assessment.id}/criteria/${criterion.id}`;
  return (
    <>
      <BackLink href={back} text={tc("back")} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <span className="govuk-caption-l">{assessmentTitle(assessment, locale)}</span>
          <h1 className="govuk-heading-l">{t("heading", { title: criterion.title[locale] || criterion.title.en })}</h1>
          <p className="govuk-body">{t("body", { weight: criterion.weight })}</p>
          <ConfirmForm action={removeCriterionAction.bind(null, assessment.id, criterion.id, assessment.version)} label={t("confirm")} cancel={{ href: back, text: t("cancel") }} warning />
        </div>
      </div>
    </>
  );
}

export default withClientMessages(RemoveCriterionPage, ["errors"]);
