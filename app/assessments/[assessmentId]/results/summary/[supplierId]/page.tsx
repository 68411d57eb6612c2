import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { BackLink } from "@/components/govuk/BackLink";
import { AssessmentSummaryView } from "@/components/summaries/AssessmentSummaryView";
import { momentInWords } from "@/lib/domain/dates";
import { toLocale } from "@/lib/i18n/locales";
import { assessmentReaders } from "@/lib/server/assessments/access";
import { requireActor } from "@/lib/server/auth/actor";
import { pageNotFound } from "@/lib/server/page-not-found";
import { getAssessmentSummaries } from "@/lib/server/summaries/get-summaries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("results"))("summaryTitle") };
}

/**
 * One supplier's assessment summary as the buyer sees it — every assessed supplier has one, a disregarded one too —
 * with the files to send and whether it has been released to the supplier.
 */
export default async function SupplierSummaryPage({ params }: { params: Promise<{ assessmentId: string; supplierId: string }> }) {
  const { assessmentId, supplierId } = await params;
  const actor = await requireActor({ roles: assessmentReaders, returnTo: `/assessments/${assessmentId}/results/summary/${supplierId}` });
  const outcome = await getAssessmentSummaries(actor, assessmentId);
  if (outcome.kind !== "ready") pageNotFound();
  const summary = outcome.data.summaries.find((s) => s.supplierId === supplierId);
  if (!summary) pageNotFound();
  const t = await getTranslations("results");
  const ts = await getTranslations("summaries");
  const tc = await getTranslations("common");
  const locale = toLocale(await getLocale());
  const name = summary.supplier.name[locale];
  return (
    <>
      <BackLink href={`/assessments/${assessmentId}/results`} text={tc("back")} />
      <span className="govuk-caption-l">{outcome.data.assessment.title[locale]}</span>
      <h1 className="govuk-heading-l">{t("summaryHeading", { name })}</h1>
      <div className="govuk-inset-text" data-testid="release-status">
        {outcome.releasedAt ? ts("releasedToSupplier", { date: momentInWords(outcome.releasedAt, locale) }) : ts("notReleasedToSupplier")}
      </div>
      <AssessmentSummaryView data={outcome.data} summary={summary} locale={locale} />
      <h2 className="govuk-heading-m">{t("summaryDownloads")}</h2>
      <ul className="govuk-list">
        {(["docx", "odt"] as const).map((format) => (
          <li key={format}>
            <a className="govuk-link" href={`/assessments/${assessmentId}/export/summary-${summary.supplierId}.${format}`} download>
              {t(`summaryFormats.${format}`, { name })}
            </a>
          </li>
        ))}
      </ul>
    </>
  );
}
