import { getLocale, getTranslations } from "next-intl/server";
import { Pagination } from "@/components/govuk/Pagination";
import type { AssessmentResult } from "@/lib/domain/case/result-schema";
import { matrixOrder, matrixPage } from "@/lib/domain/results-pages";
import { toLocale } from "@/lib/i18n/locales";

type Criterion = { id: string; engineId: string; title: string; weight: number };
const rules = ["BR1", "BR2", "BR3", "OUTCOME", "OTHER"] as const;

/** Ranking with per-rule subtotals, then the comparison matrix of suppliers × criteria (agreed scores). */
type Props = {
  result: AssessmentResult;
  criteria: Criterion[];
  assessmentId: string;
  names?: Record<string, string>;
  readable?: (text: string) => string;
  /** The page of the matrix asked for, and the address of each page; without them, every supplier on one page. */
  matrix?: { asked: string | undefined; hrefOf: (page: number) => string };
};

export async function ResultsTables({ result, criteria, assessmentId, names = {}, readable = (text) => text, matrix }: Props) {
  const t = await getTranslations("results");
  const tr = await getTranslations("rules");
  const locale = toLocale(await getLocale());
  // Suppliers named in the page's language where the page gives their names.
  const byId = new Map(result.suppliers.map((supplier) => [supplier.supplierId, { ...supplier, name: names[supplier.supplierId] ?? supplier.name }]));
  const usedRules = rules.filter((rule) => result.suppliers.some((s) => s.ruleSubtotals.some((r) => r.rule === rule && r.weight > 0)));
  const ranked = result.ranking.map((row) => ({ ...row, supplier: byId.get(row.supplierId)! }));
  // The matrix a few suppliers at a time, in ranking order, so a large tender stays a page a browser can read.
  const ordered = matrixOrder(result.suppliers, result.ranking);
  const shown = matrix ? matrixPage(matrix.asked, ordered.length) : { page: 1, pages: 1, from: 0, to: ordered.length };
  const columns = ordered.slice(shown.from, shown.to);
  const cellOf = new Map(columns.map((supplier) => [supplier.supplierId, new Map(supplier.criteria.map((c) => [c.criterionId, c]))]));
  return (
    <>
      <div className="app-table-scroll" tabIndex={0} role="region" aria-label={t("ranking")}>
        <table className="govuk-table" data-testid="ranking">
          <caption className="govuk-table__caption govuk-table__caption--m">{t("ranking")}</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">{t("rank")}</th>
              <th scope="col" className="govuk-table__header">{t("supplier")}</th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">{t("total")}</th>
              {usedRules.map((rule) => (
                <th scope="col" className="govuk-table__header govuk-table__header--numeric" key={rule}>{tr(`short.${rule}`)}</th>
              ))}
              <th scope="col" className="govuk-table__header"><span className="govuk-visually-hidden">{t("summary")}</span></th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {ranked.map((row) => (
              <tr className="govuk-table__row" key={row.supplierId}>
                <td className="govuk-table__cell">{row.rank}</td>
                <th scope="row" className="govuk-table__header">{row.supplier.name}</th>
                <td className="govuk-table__cell govuk-table__cell--numeric">{row.total.toFixed(2)}</td>
                {usedRules.map((rule) => {
                  const subtotal = row.supplier.ruleSubtotals.find((r) => r.rule === rule);
                  return <td className="govuk-table__cell govuk-table__cell--numeric" key={rule}>{subtotal ? `${subtotal.points.toFixed(2)} / ${subtotal.weight}` : "–"}</td>;
                })}
                <td className="govuk-table__cell">
                  <a className="govuk-link" href={`/assessments/${assessmentId}/results/summary/${row.supplierId}`}>
                    {t("summaryLink")}<span className="govuk-visually-hidden"> {row.supplier.name}</span>
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="app-table-scroll" tabIndex={0} role="region" aria-label={t("matrix")} id="matrix">
        <table className="govuk-table govuk-table--small-text-until-tablet" data-testid="matrix">
          <caption className="govuk-table__caption govuk-table__caption--m">
            {t("matrix")}
            {shown.pages > 1 && <span className="govuk-caption-s">{t("matrixShowing", { from: shown.from + 1, to: shown.to, total: ordered.length })}</span>}
          </caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">{t("criterion")}</th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">{t("weight")}</th>
              {columns.map((supplier) => (
                <th scope="col" className="govuk-table__header govuk-table__header--numeric" key={supplier.supplierId}>{names[supplier.supplierId] ?? supplier.name}</th>
              ))}
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {criteria.map((criterion) => (
              <tr className="govuk-table__row" key={criterion.id}>
                <th scope="row" className="govuk-table__header">{criterion.title}</th>
                <td className="govuk-table__cell govuk-table__cell--numeric">{criterion.weight}%</td>
                {columns.map((supplier) => {
                  const cell = cellOf.get(supplier.supplierId)?.get(criterion.engineId);
                  return (
                    <td className="govuk-table__cell govuk-table__cell--numeric" key={supplier.supplierId}>
                      {cell?.agreedScore ?? (cell?.divergent ? t("divergent") : "–")}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {matrix && (
        <Pagination label={t("matrixPages")} page={shown.page} pages={shown.pages} hrefOf={matrix.hrefOf} words={{ previous: t("previousPage"), next: t("nextPage"), page: (number) => t("pageNumber", { number }) }} />
      )}
      {[
        { key: "excluded", list: result.excluded },
        { key: "incomplete", list: result.incomplete },
      ].map(({ key, list }) =>
        list.length === 0 ? null : (
          <section key={key}>
            <h2 className="govuk-heading-m">{t(`${key}.heading`)}</h2>
            <p className="govuk-body">{t(`${key}.body`)}</p>
            {list.map((supplier) => (
              <div key={supplier.supplierId}>
                <h3 className="govuk-heading-s">{names[supplier.supplierId] ?? supplier.name}</h3>
                <p className="govuk-body">
                  <a className="govuk-link" href={`/assessments/${assessmentId}/results/summary/${supplier.supplierId}`}>
                    {t("summaryLink")}<span className="govuk-visually-hidden"> {names[supplier.supplierId] ?? supplier.name}</span>
                  </a>
                </p>
                <ul className="govuk-list govuk-list--bullet">
                  {supplier.reasons.map((reason, index) => (
                    <li key={index}>{readable(reason.message[locale])}</li>
                  ))}
                </ul>
              </div>
            ))}
          </section>
        ),
      )}
    </>
  );
}
