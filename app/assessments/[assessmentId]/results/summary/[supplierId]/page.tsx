import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { BackLink } from "@/components/govuk/BackLink";
import { Table } from "@/components/govuk/Table";
import { toLocale } from "@/lib/i18n/locales";
import { requireActor } from "@/lib/server/auth/actor";
import { assessmentReaders } from "@/lib/server/assessments/access";
import { getResults } from "@/lib/server/assessments/get-results";
import { engineCriterionId } from "@/lib/server/assessments/to-assessment-config";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("results"))("summaryTitle") };
}

/** The assessment summary for one supplier (Procurement Act 2023 s.50): its scores and reasons beside the leader's. */
export default async function SupplierSummaryPage({ params }: { params: Promise<{ assessmentId: string; supplierId: string }> }) {
  const { assessmentId, supplierId } = await params;
  const actor = await requireActor({ roles: assessmentReaders });
  const results = await getResults(actor, assessmentId);
  if (results.kind !== "results") notFound();
  const { result } = results.outcome;
  const supplier = result.suppliers.find((s) => s.supplierId === supplierId);
  if (!supplier) notFound();
  const t = await getTranslations("results");
  const tc = await getTranslations("common");
  const locale = toLocale(await getLocale());
  const leaderId = result.ranking[0]?.supplierId;
  const leader = result.suppliers.find((s) => s.supplierId === leaderId);
  return (
    <>
      <BackLink href={`/assessments/${assessmentId}/results`} text={tc("back")} />
      <span className="govuk-caption-l">{(locale === "cy" && results.assessment.titleCy) || results.assessment.title}</span>
      <h1 className="govuk-heading-l">{t("summaryHeading", { name: results.supplierNames[supplier.supplierId]?.[locale] ?? supplier.name })}</h1>
      <p className="govuk-body-l">
        {supplier.status === "ranked" ? t("summaryRanked", { rank: supplier.rank ?? 0, total: (supplier.total ?? 0).toFixed(2), leaderTotal: (leader?.total ?? 0).toFixed(2) }) : t(`summaryStatus.${supplier.status}`)}
      </p>
      {[...supplier.exclusionReasons, ...supplier.incompleteReasons].length > 0 && (
        <ul className="govuk-list govuk-list--bullet">{[...supplier.exclusionReasons, ...supplier.incompleteReasons].map((r, i) => <li key={i}>{r.message[locale]}</li>)}</ul>
      )}
      <Table
        caption={t("summaryCaption")}
        numeric={[1, 2, 3]}
        head={[t("criterion"), t("weight"), t("score"), t("leaderScore")]}
        rows={results.assessment.criteria.map((criterion) => {
          const id = engineCriterionId(criterion);
          const own = supplier.criteria.find((c) => c.criterionId === id);
          const leading = leader?.criteria.find((c) => c.criterionId === id);
          return { key: criterion.id, cells: [criterion.title[locale] || criterion.title.en, `${criterion.weight}%`, own?.agreedScore ?? "–", leading?.agreedScore ?? "–"] };
        })}
      />
      {supplier.preScores.length > 0 && (
        <>
          <h2 className="govuk-heading-m">{t("reasons")}</h2>
          <ul className="govuk-list govuk-list--bullet">
            {supplier.preScores.flatMap((preScore) => preScore.reasons.map((reason, i) => <li key={`${preScore.criterionId}-${i}`}>{reason.message[locale]}</li>))}
          </ul>
        </>
      )}
      <h2 className="govuk-heading-m">{t("summaryDownloads")}</h2>
      <ul className="govuk-list">
        {(["docx", "odt"] as const).map((format) => (
          <li key={format}>
            <a className="govuk-link" href={`/assessments/${assessmentId}/export/summary-${supplier.supplierId}.${format}`} download>
              {t(`summaryFormats.${format}`, { name: supplier.name })}
            </a>
          </li>
        ))}
      </ul>
      {supplier.flags.length > 0 && (
        <>
          <h2 className="govuk-heading-m">{t("flags")}</h2>
          <ul className="govuk-list govuk-list--bullet">{supplier.flags.map((f, i) => <li key={i}>{f.message[locale]}</li>)}</ul>
        </>
      )}
    </>
  );
}
