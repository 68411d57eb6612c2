import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { BackLink } from "@/components/govuk/BackLink";
import { AssessmentSummaryView } from "@/components/summaries/AssessmentSummaryView";
import { toLocale } from "@/lib/i18n/locales";
import { requireActor } from "@/lib/server/auth/actor";
import { pageNotFound } from "@/lib/server/page-not-found";
import { responseDrafters } from "@/lib/server/responses/access";
import { getOwnSummary } from "@/lib/server/summaries/get-own-summary";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("summaries.own"))("title") };
}

/** The supplier's own assessment summary, once the buyer has released it; before that, and for anyone else, 404. */
export default async function OwnSummaryPage({ params }: { params: Promise<{ assessmentId: string }> }) {
  const { assessmentId } = await params;
  const actor = await requireActor({ roles: responseDrafters, returnTo: `/responses/${assessmentId}/summary` });
  const own = await getOwnSummary(actor, assessmentId);
  if (!own) pageNotFound();
  const t = await getTranslations("summaries.own");
  const tc = await getTranslations("common");
  const locale = toLocale(await getLocale());
  const { data, summary } = own;
  return (
    <>
      <BackLink href={`/responses/${assessmentId}`} text={tc("back")} />
      <span className="govuk-caption-l">
        {data.assessment.buyerName[locale]} · {data.assessment.reference}
      </span>
      <h1 className="govuk-heading-l">{t("heading", { title: data.assessment.title[locale] })}</h1>
      <AssessmentSummaryView data={data} summary={summary} locale={locale} />
      <h2 className="govuk-heading-m">{t("downloads")}</h2>
      <ul className="govuk-list">
        {(["docx", "odt"] as const).map((format) => (
          <li key={format}>
            <a className="govuk-link" href={`/responses/${assessmentId}/summary/summary.${format}`} download>
              {t(`formats.${format}`)}
            </a>
          </li>
        ))}
      </ul>
    </>
  );
}
