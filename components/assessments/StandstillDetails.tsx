import { getLocale, getTranslations } from "next-intl/server";
import { dayInWords } from "@/lib/domain/dates";
import { toLocale } from "@/lib/i18n/locales";

/** The standstill period after an award (Procurement Act 2023 s.51): eight working days from the award notice. */
export async function StandstillDetails({ standstill }: { standstill: { firstDay: string; lastDay: string; workingDays: number } }) {
  const t = await getTranslations("lifecycle.standstill");
  const locale = toLocale(await getLocale());
  return (
    <div className="govuk-inset-text" data-testid="standstill">
      <p className="govuk-body">{t("period", { days: standstill.workingDays, first: dayInWords(standstill.firstDay, locale, "after-ar-o-tan"), last: dayInWords(standstill.lastDay, locale, "in-sentence") })}</p>
      <p className="govuk-body govuk-!-margin-bottom-0">{t("basis")}</p>
    </div>
  );
}
