import { getTranslations } from "next-intl/server";
import type { AssessmentResult } from "@/lib/domain/case/result-schema";
import type { RuleKey } from "@/lib/domain/results";

/** A criterion as the results pages name it: in the page's language, with both languages kept for sentences. */
export type ResultsCriterion = { id: string; engineId: string; rule: RuleKey; title: string; bilingualTitle: { en: string; cy: string }; weight: number };

/** Agreed scores of the suppliers shown (columns) on the criteria shown (rows). */
export async function CriteriaMatrix({ criteria, columns, names, caption, showing }: { criteria: ResultsCriterion[]; columns: AssessmentResult["suppliers"]; names: ReadonlyMap<string, string>; caption: string; showing?: string }) {
  const t = await getTranslations("results");
  const cellOf = new Map(columns.map((supplier) => [supplier.supplierId, new Map(supplier.criteria.map((c) => [c.criterionId, c]))]));
  return (
    <div className="app-table-scroll" tabIndex={0} role="region" aria-label={caption} id="matrix">
      <table className="govuk-table govuk-table--small-text-until-tablet" data-testid="matrix">
        <caption className="govuk-table__caption govuk-table__caption--m">
          {caption}
          {showing && <span className="govuk-caption-m govuk-!-margin-top-1">{" "}{showing}</span>}
        </caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">{t("criterion")}</th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">{t("weight")}</th>
            {columns.map((supplier) => (
              <th scope="col" className="govuk-table__header govuk-table__header--numeric" key={supplier.supplierId}>{names.get(supplier.supplierId) ?? supplier.name}</th>
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
  );
}
