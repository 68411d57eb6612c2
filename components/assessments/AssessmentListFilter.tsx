import { getTranslations } from "next-intl/server";
import type { AssessmentListQuery } from "@/lib/schemas/lifecycle";

/** Search and order the list: a plain GET form, so it works without JavaScript and the address can be shared. */
export async function AssessmentListFilter({ query }: { query: AssessmentListQuery }) {
  const t = await getTranslations("lifecycle.list");
  const sorts = ["created", "deadline", "deadline-desc", "status"] as const;
  return (
    <form method="get" action="/assessments" className="govuk-!-margin-bottom-6" role="search" aria-label={t("searchLabel")}>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-half">
          <div className="govuk-form-group">
            <label className="govuk-label govuk-label--s" htmlFor="q">
              {t("search")}
            </label>
            <div id="q-hint" className="govuk-hint">
              {t("searchHint")}
            </div>
            <input className="govuk-input" id="q" name="q" type="search" defaultValue={query.q} aria-describedby="q-hint" />
          </div>
        </div>
        <div className="govuk-grid-column-one-quarter">
          <div className="govuk-form-group">
            <label className="govuk-label govuk-label--s" htmlFor="sort">
              {t("sort")}
            </label>
            <select className="govuk-select" id="sort" name="sort" defaultValue={query.sort}>
              {sorts.map((sort) => (
                <option key={sort} value={sort}>
                  {t(`sorts.${sort}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="govuk-grid-column-one-quarter">
          <div className="govuk-form-group">
            <label className="govuk-label govuk-label--s" htmlFor="archived">
              {t("archived")}
            </label>
            <select className="govuk-select" id="archived" name="archived" defaultValue={query.archived ?? ""}>
              <option value="">{t("archivedHidden")}</option>
              <option value="show">{t("archivedShown")}</option>
              <option value="only">{t("archivedOnly")}</option>
            </select>
          </div>
        </div>
      </div>
      <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">
        {t("apply")}
      </button>
    </form>
  );
}
