import { getLocale, getTranslations } from "next-intl/server";
import { toLocale } from "@/lib/i18n/locales";
import type { CriterionView } from "@/lib/server/assessments/get-assessment";

/** One evaluator's submitted scores, criterion by criterion, with their justifications. */
export async function ScoresTable({ caption, criteria, scores, testId }: { caption: string; criteria: CriterionView[]; scores: { criterionId: string; score: number; justification: string }[]; testId?: string }) {
  const t = await getTranslations("scoring");
  const locale = toLocale(await getLocale());
  return (
    <table className="govuk-table" data-testid={testId}>
      <caption className="govuk-table__caption govuk-table__caption--s">{caption}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">{t("criterion")}</th>
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">{t("score")}</th>
          <th scope="col" className="govuk-table__header">{t("justificationColumn")}</th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {criteria.map((criterion) => {
          const score = scores.find((s) => s.criterionId === criterion.id);
          return (
            <tr className="govuk-table__row" key={criterion.id}>
              <th scope="row" className="govuk-table__header">{criterion.title[locale] || criterion.title.en}</th>
              <td className="govuk-table__cell govuk-table__cell--numeric">{score?.score ?? "–"}</td>
              <td className="govuk-table__cell">{score?.justification ?? ""}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
