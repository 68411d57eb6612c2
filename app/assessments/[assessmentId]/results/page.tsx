import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Pagination } from "@/components/govuk/Pagination";
import { SuccessBanner } from "@/components/layout/SuccessBanner";
import { RankingTable } from "@/components/results/RankingTable";
import { ResultsHeader, ResultsNotReady } from "@/components/results/ResultsHeader";
import { SetAsideTenders } from "@/components/results/SetAsideTenders";
import { TotalsChart } from "@/components/results/TotalsChart";
import { momentInWords } from "@/lib/domain/dates";
import { describeLeaderSensitivity } from "@/lib/domain/leader-sensitivity";
import { rankingPage, rulesWithWeight } from "@/lib/domain/results-pages";
import { assessmentEditors } from "@/lib/server/assessments/access";
import { queryText, readResultsOverview, resultsVocabulary } from "./read-results";

type Props = { params: Promise<{ assessmentId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("results"))("title") };
}

/**
 * The results: the chart and ranking first, 25 suppliers a page, then the way to the scores by criterion and to
 * other weights (each a page of its own, so that a large tender's results stay quick to load and to read), the
 * assessment summaries, and the tenders set aside.
 */
export default async function ResultsPage({ params, searchParams }: Props) {
  const { assessmentId } = await params;
  const { actor, results, locale } = await readResultsOverview(assessmentId, `/assessments/${assessmentId}/results`);
  const t = await getTranslations("results");
  const tc = await getTranslations("common");
  const ts = await getTranslations("summaries");
  const { assessment } = results;
  const header = <ResultsHeader assessment={assessment} locale={locale} heading={t("title")} backHref={`/assessments/${assessment.id}`} />;
  if (results.kind !== "results") return <ResultsNotReady results={results} locale={locale} header={header} />;
  const { result } = results.outcome;
  const { criteria, names, readable } = resultsVocabulary(results, locale);
  const query = await searchParams;
  const shown = rankingPage(queryText(query, "page"), result.ranking.length);
  const rows = result.ranking.slice(shown.from, shown.to);
  const pageHref = (page: number) => `/assessments/${assessment.id}/results${page > 1 ? `?page=${page}` : ""}#ranking`;
  const releasedAt = assessment.summariesReleasedAt;
  return (
    <>
      {queryText(query, "done") === "summariesReleased" && <SuccessBanner title={tc("success")} heading={ts("release.done")} />}
      {header}
      <p className="govuk-body">{t("intro", { ranked: result.ranking.length, excluded: result.excluded.length, incomplete: result.incomplete.length })}</p>
      {rows.length === 0 ? (
        <div className="govuk-inset-text" data-testid="none-ranked">{t("noneRanked")}</div>
      ) : (
        <>
          <TotalsChart title={t("chartTitle")} rows={rows.map((row) => ({ label: names.get(row.supplierId) ?? row.supplierId, total: row.total }))} />
          <div id="ranking">
            <RankingTable
              rows={rows}
              suppliers={result.suppliers}
              rulesUsed={rulesWithWeight(result.suppliers)}
              names={names}
              assessmentId={assessment.id}
              caption={shown.pages > 1 ? t("matrixShowing", { from: shown.from + 1, to: shown.to, total: result.ranking.length }) : undefined}
            />
          </div>
        </>
      )}
      <Pagination label={t("rankingPages")} page={shown.page} pages={shown.pages} hrefOf={pageHref} words={{ previous: t("previousPage"), next: t("nextPage"), page: (number) => t("pageNumber", { number }) }} />
      {result.leaderSensitivity && (
        <div className="govuk-inset-text" data-testid="leader-sensitivity">
          {describeLeaderSensitivity(result.leaderSensitivity, {
            supplier: (id) => results.supplierNames[id] ?? { en: id, cy: id },
            criterion: (id) => {
              const title = criteria.find((c) => c.engineId === id)?.bilingualTitle ?? { en: id, cy: id };
              return { en: `“${title.en}”`, cy: `“${title.cy || title.en}”` };
            },
          })[locale]}
        </div>
      )}
      <h2 className="govuk-heading-m">{t("moreHeading")}</h2>
      <ul className="govuk-list">
        <li><a className="govuk-link" href={`/assessments/${assessment.id}/results/criteria`}>{t("criteriaLink")}</a></li>
        <li><a className="govuk-link" href={`/assessments/${assessment.id}/results/what-if`}>{t("whatIfLink")}</a></li>
      </ul>
      <section id="summaries" data-testid="summaries-release">
        <h2 className="govuk-heading-m">{ts("release.heading")}</h2>
        {releasedAt ? (
          <p className="govuk-body">{ts("release.releasedOn", { date: momentInWords(releasedAt, locale) })}</p>
        ) : (
          <>
            <p className="govuk-body">{ts("release.body")}</p>
            {assessmentEditors.includes(actor.role) && (
              <a className="govuk-button govuk-button--secondary" data-module="govuk-button" href={`/assessments/${assessment.id}/results/release`}>
                {ts("release.start")}
              </a>
            )}
          </>
        )}
      </section>
      <SetAsideTenders result={result} names={names} assessmentId={assessment.id} readable={readable} locale={locale} />
    </>
  );
}
