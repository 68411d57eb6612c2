import { getTranslations } from "next-intl/server";
import type { WelshToUpdate } from "@/lib/domain/language/welsh-to-update";
import type { Bilingual } from "@/lib/domain/text";

type Props = {
  assessmentId: string;
  items: WelshToUpdate[];
  criterionTitles: Record<string, Bilingual>;
  locale: "en" | "cy";
  /** Links to the pages where each is changed, for the officer. */
  editable: boolean;
};

/** Every Welsh field written from English that changed since, or not written yet: never left out of date silently. */
export async function WelshToUpdateList({ assessmentId, items, criterionTitles, locale, editable }: Props) {
  if (items.length === 0) return null;
  const t = await getTranslations("assessments.welsh");
  const fieldName = (field: string) => {
    const descriptor = /^descriptor-(.+)$/.exec(field);
    return descriptor ? t("fields.descriptor", { point: descriptor[1] }) : t(`fields.${field}` as "fields.title");
  };
  const groups = [...new Set(items.map((item) => item.criterionId))];
  return (
    <section className="govuk-inset-text" id="welsh-to-update" data-testid="welsh-to-update" aria-labelledby="welsh-to-update-heading">
      <h2 className="govuk-heading-s" id="welsh-to-update-heading">{t("heading")}</h2>
      <p className="govuk-body">{t("body")}</p>
      {groups.map((criterionId) => {
        const title = criterionId ? criterionTitles[criterionId]?.[locale] || criterionTitles[criterionId]?.en : t("ofAssessment");
        const href = criterionId ? `/assessments/${assessmentId}/criteria/${criterionId}` : `/assessments/${assessmentId}/details`;
        return (
          <div key={criterionId ?? "assessment"}>
            <h3 className="govuk-heading-s govuk-!-margin-bottom-1">{editable ? <a className="govuk-link" href={href}>{title}</a> : title}</h3>
            <ul className="govuk-list govuk-list--bullet">
              {items.filter((item) => item.criterionId === criterionId).map((item) => (
                <li key={item.field}>{t(item.state, { field: fieldName(item.field) })}</li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
