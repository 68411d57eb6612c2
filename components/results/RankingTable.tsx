import { getTranslations } from "next-intl/server";
import type { ResultsOverview } from "@/lib/domain/results-pages";
import type { RuleKey } from "@/lib/domain/results";

type Row = ResultsOverview["ranking"][number];

/** The ranked suppliers shown, with each business rule's points out of its weight and a link to each summary. */
export async function RankingTable({ rows, suppliers, rulesUsed, names, assessmentId, caption }: { rows: Row[]; suppliers: ResultsOverview["suppliers"]; rulesUsed: readonly RuleKey[]; names: ReadonlyMap<string, string>; assessmentId: string; caption?: string }) {
  const t = await getTranslations("results");
  const tr = await getTranslations("rules");
  const subtotalsOf = new Map(suppliers.map((supplier) => [supplier.supplierId, supplier.ruleSubtotals]));
  return (
    <div className="app-table-scroll" tabIndex={0} role="region" aria-label={t("ranking")}>
      <table className="govuk-table" data-testid="ranking">
        <caption className="govuk-table__caption govuk-table__caption--m">
          {t("ranking")}
          {caption && <span className="govuk-caption-m govuk-!-margin-top-1">{" "}{caption}</span>}
        </caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">{t("rank")}</th>
            <th scope="col" className="govuk-table__header">{t("supplier")}</th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">{t("total")}</th>
            {rulesUsed.map((rule) => (
              <th scope="col" className="govuk-table__header govuk-table__header--numeric" key={rule}>{tr(`short.${rule}`)}</th>
            ))}
            <th scope="col" className="govuk-table__header"><span className="govuk-visually-hidden">{t("summary")}</span></th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {rows.map((row) => {
            const name = names.get(row.supplierId) ?? row.supplierId;
            const subtotals = subtotalsOf.get(row.supplierId) ?? [];
            return (
              <tr className="govuk-table__row" key={row.supplierId}>
                <td className="govuk-table__cell">{row.rank}</td>
                <th scope="row" className="govuk-table__header">{name}</th>
                <td className="govuk-table__cell govuk-table__cell--numeric">{row.total.toFixed(2)}</td>
                {rulesUsed.map((rule) => {
                  const subtotal = subtotals.find((r) => r.rule === rule);
                  return <td className="govuk-table__cell govuk-table__cell--numeric" key={rule}>{subtotal ? `${subtotal.points.toFixed(2)} / ${subtotal.weight}` : "–"}</td>;
                })}
                <td className="govuk-table__cell">
                  <a className="govuk-link" href={`/assessments/${assessmentId}/results/summary/${row.supplierId}`}>
                    {t("summaryLink")}<span className="govuk-visually-hidden"> {name}</span>
                  </a>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
