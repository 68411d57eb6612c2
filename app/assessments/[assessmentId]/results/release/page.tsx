import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { PublishForm } from "@/components/assessments/PublishForm";
import { BackLink } from "@/components/govuk/BackLink";
import { WarningText } from "@/components/govuk/WarningText";
import { withClientMessages } from "@/components/layout/ClientMessages";
import { toLocale } from "@/lib/i18n/locales";
import { requireActor } from "@/lib/server/auth/actor";
import { assessmentEditors } from "@/lib/server/assessments/access";
import { getAssessmentSummaries } from "@/lib/server/summaries/get-summaries";
import { pageNotFound } from "@/lib/server/page-not-found";
import { releaseSummariesAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("summaries.release"))("title") };
}

/** The officer confirms releasing the assessment summaries: each supplier will then see only its own. */
async function ReleaseSummariesPage({ params }: { params: Promise<{ assessmentId: string }> }) {
  const { assessmentId } = await params;
  const actor = await requireActor({ roles: assessmentEditors, returnTo: `/assessments/${assessmentId}/results/release` });
  const outcome = await getAssessmentSummaries(actor, assessmentId);
  if (outcome.kind === "not-found") pageNotFound();
  const t = await getTranslations("summaries.release");
  const tc = await getTranslations("common");
  const locale = toLocale(await getLocale());
  const back = `/assessments/${assessmentId}/results`;
  if (outcome.kind !== "ready" || outcome.releasedAt || outcome.incomplete > 0) {
    const reason = outcome.kind !== "ready" ? "notReady" : outcome.releasedAt ? "alreadyReleased" : "incomplete";
    return (
      <>
        <BackLink href={back} text={tc("back")} />
        <h1 className="govuk-heading-l">{t("title")}</h1>
        <p className="govuk-body">{t(`cannot.${reason}`)}</p>
        <a className="govuk-link" href={back}>{t("backToResults")}</a>
      </>
    );
  }
  const { data } = outcome;
  return (
    <>
      <BackLink href={back} text={tc("back")} />
      <span className="govuk-caption-l">{data.assessment.title[locale]}</span>
      <h1 className="govuk-heading-l">{t("title")}</h1>
      <p className="govuk-body">{t("confirm", { count: data.summaries.length })}</p>
      <ul className="govuk-list govuk-list--bullet" data-testid="release-suppliers">
        {data.summaries.map((summary) => <li key={summary.supplierId}>{summary.supplier.name[locale]}</li>)}
      </ul>
      <WarningText assistiveText={tc("warning")}>{t("warning")}</WarningText>
      <PublishForm action={releaseSummariesAction.bind(null, assessmentId)} version={outcome.version} label={t("submit")} />
    </>
  );
}

export default withClientMessages(ReleaseSummariesPage, ["errors"]);
