import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { WeightsForm } from "@/components/assessments/WeightsForm";
import { BackLink } from "@/components/govuk/BackLink";
import { withClientMessages } from "@/components/layout/ClientMessages";
import { assessmentTitle } from "@/lib/i18n/assessment-title";
import { toLocale } from "@/lib/i18n/locales";
import { requireActor } from "@/lib/server/auth/actor";
import { assessmentEditors } from "@/lib/server/assessments/access";
import { getAssessment } from "@/lib/server/assessments/get-assessment";
import { pageNotFound } from "@/lib/server/page-not-found";
import { updateWeightsAction } from "../criteria/actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("assessments.weights"))("title") };
}

async function WeightsPage({ params }: { params: Promise<{ assessmentId: string }> }) {
  const { assessmentId } = await params;
  const actor = await requireActor({ roles: assessmentEditors, returnTo: `/assessments/${assessmentId}/weights` });
  const assessment = await getAssessment(actor, assessmentId);
  if (!assessment || assessment.status !== "draft") pageNotFound();
  const t = await getTranslations("assessments.weights");
  const tc = await getTranslations("common");
  const locale = toLocale(await getLocale());
  const initial = Object.fromEntries([["version", String(assessment.version)], ...assessment.criteria.map((c) => [`weight-${c.id}`, String(c.weight)])]);
  return (
    <>
      <BackLink href={`/assessments/${assessment.id}`} text={tc("back")} />
      <span className="govuk-caption-l">{assessmentTitle(assessment, locale)}</span>
      <h1 className="govuk-heading-l">{t("title")}</h1>
      <p className="govuk-body">{t("body")}</p>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <WeightsForm action={updateWeightsAction.bind(null, assessment.id)} criteria={assessment.criteria.map((c) => ({ id: c.id, title: c.title[locale] || c.title.en, rule: c.rule }))} initial={initial} />
        </div>
      </div>
    </>
  );
}

export default withClientMessages(WeightsPage, ["assessments.weights", "errors", "rules"]);
