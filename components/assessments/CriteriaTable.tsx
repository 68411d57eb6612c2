import { getLocale, getTranslations } from "next-intl/server";
import { toLocale } from "@/lib/i18n/locales";
import type { AssessmentView } from "@/lib/server/assessments/get-assessment";

/** The criteria grouped by business rule, with each rule's share and the running total of the weights; each title opens the criterion. */
export async function CriteriaTable({ assessment }: { assessment: AssessmentView }) {
  const t = await getTranslations("assessments.criteria");
  const tr = await getTranslations("rules");
  const locale = toLocale(await getLocale());
  const total = assessment.criteria.reduce((sum, criterion) => sum + criterion.weight, 0);
  const rules = (["BR1", "BR2", "BR3", "OUTCOME", "OTHER"] as const).filter((rule) => assessment.criteria.some((criterion) => criterion.rule === rule));
  return (
    <div className="app-table-scroll" tabIndex={0} role="region" aria-label={t("caption")}>
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m">{t("caption")}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">{t("criterion")}</th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">{t("weight")}</th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">{t("minimumScore")}</th>
          </tr>
        </thead>
        {rules.map((rule) => {
          const criteria = assessment.criteria.filter((criterion) => criterion.rule === rule);
          return (
            <tbody className="govuk-table__body" key={rule}>
              <tr className="govuk-table__row">
                <th scope="rowgroup" colSpan={3} className="govuk-table__header">
                  {tr(rule)} — {t("ruleShare", { weight: criteria.reduce((sum, criterion) => sum + criterion.weight, 0) })}
                </th>
              </tr>
              {criteria.map((criterion) => (
                <tr className="govuk-table__row" key={criterion.id}>
                  <td className="govuk-table__cell">
                    <a className="govuk-link" href={`/assessments/${assessment.id}/criteria/${criterion.id}`}>
                      {criterion.title[locale] || criterion.title.en}
                    </a>
                  </td>
                  <td className="govuk-table__cell govuk-table__cell--numeric">{criterion.weight}%</td>
                  <td className="govuk-table__cell govuk-table__cell--numeric">{criterion.minimumScore ?? "–"}</td>
                </tr>
              ))}
            </tbody>
          );
        })}
        <tfoot>
          <tr className="govuk-table__row">
            <th scope="row" className="govuk-table__header">{t("total")}</th>
            <td className="govuk-table__cell govuk-table__cell--numeric" data-testid="weights-total">
              <strong>{total}%</strong>
            </td>
            <td className="govuk-table__cell" />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
