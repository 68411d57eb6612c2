import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Pagination } from "@/components/govuk/Pagination";
import { CriteriaMatrix } from "@/components/results/CriteriaMatrix";
import { ResultsHeader, ResultsNotReady } from "@/components/results/ResultsHeader";
import { ruleOrder } from "@/lib/domain/results";
import { matrixOrder, matrixPage, matrixRule } from "@/lib/domain/results-pages";
import { queryText, readResults, resultsVocabulary } from "../read-results";

type Props = { params: Promise<{ assessmentId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("results"))("matrix") };
}

/** Every supplier's agreed score on each criterion, one business rule at a time and 10 suppliers a page, in ranking order. */
export default async function ResultsByCriterionPage({ params, searchParams }: Props) {
  const { assessmentId } = await params;
  const { results, locale } = await readResults(assessmentId, `/assessments/${assessmentId}/results/criteria`);
  const t = await getTranslations("results");
  const tr = await getTranslations("rules");
  const { assessment } = results;
  const header = <ResultsHeader assessment={assessment} locale={locale} heading={t("matrix")} backHref={`/assessments/${assessment.id}/results`} />;
  if (results.kind !== "results") return <ResultsNotReady results={results} locale={locale} header={header} />;
  const { result } = results.outcome;
  const { criteria, names } = resultsVocabulary(results, locale);
  const query = await searchParams;
  // The rules of the criteria that carry weight, whether or not any supplier is fully scored yet.
  const rules = ruleOrder.filter((each) => criteria.some((c) => c.rule === each && c.weight > 0));
  const rule = matrixRule(queryText(query, "rule"), rules);
  const ordered = matrixOrder(result.suppliers, result.ranking);
  const shown = matrixPage(queryText(query, "page"), ordered.length);
  const hrefOf = (next: { rule?: string | null; page?: number }) => {
    const search = new URLSearchParams();
    if (next.rule) search.set("rule", next.rule);
    if (next.page && next.page > 1) search.set("page", String(next.page));
    const text = search.toString();
    return `/assessments/${assessment.id}/results/criteria${text ? `?${text}` : ""}`;
  };
  return (
    <>
      {header}
      <nav aria-label={t("rulesNav")}>
        <ul className="govuk-list">
          {rules.map((each) => (
            <li key={each}>
              {each === rule ? (
                <strong className="govuk-!-font-weight-bold" aria-current="page">{tr(each)}</strong>
              ) : (
                <a className="govuk-link" href={hrefOf({ rule: each, page: shown.page })}>{tr(each)}</a>
              )}
            </li>
          ))}
        </ul>
      </nav>
      {rule && (
        <CriteriaMatrix
          criteria={criteria.filter((c) => c.rule === rule)}
          columns={ordered.slice(shown.from, shown.to)}
          names={names}
          caption={t("matrixRule", { rule: tr(rule) })}
          showing={shown.pages > 1 ? t("matrixShowing", { from: shown.from + 1, to: shown.to, total: ordered.length }) : undefined}
        />
      )}
      <Pagination label={t("matrixPages")} page={shown.page} pages={shown.pages} hrefOf={(page) => hrefOf({ rule, page })} words={{ previous: t("previousPage"), next: t("nextPage"), page: (number) => t("pageNumber", { number }) }} />
    </>
  );
}
