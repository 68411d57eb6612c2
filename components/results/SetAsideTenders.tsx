import { getTranslations } from "next-intl/server";
import type { ResultsOverview } from "@/lib/domain/results-pages";
import type { Locale } from "@/lib/i18n/locales";

/** The tenders disregarded and those not yet fully scored, each with its reasons and a link to its summary. */
export async function SetAsideTenders({ result, names, assessmentId, readable, locale }: { result: ResultsOverview; names: ReadonlyMap<string, string>; assessmentId: string; readable: (text: string) => string; locale: Locale }) {
  const t = await getTranslations("results");
  const lists = [
    { key: "excluded", list: result.excluded },
    { key: "incomplete", list: result.incomplete },
  ] as const;
  return lists.map(({ key, list }) =>
    list.length === 0 ? null : (
      <section key={key}>
        <h2 className="govuk-heading-m">{t(`${key}.heading`)}</h2>
        <p className="govuk-body">{t(`${key}.body`)}</p>
        {list.map((supplier) => {
          const name = names.get(supplier.supplierId) ?? supplier.name;
          return (
            <div key={supplier.supplierId}>
              <h3 className="govuk-heading-s">{name}</h3>
              <p className="govuk-body">
                <a className="govuk-link" href={`/assessments/${assessmentId}/results/summary/${supplier.supplierId}`}>
                  {t("summaryLink")}<span className="govuk-visually-hidden"> {name}</span>
                </a>
              </p>
              <ul className="govuk-list govuk-list--bullet">
                {supplier.reasons.map((reason, index) => (
                  <li key={index}>{readable(reason.message[locale])}</li>
                ))}
              </ul>
            </div>
          );
        })}
      </section>
    ),
  );
}
