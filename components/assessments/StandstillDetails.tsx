import { getFormatter, getTranslations } from "next-intl/server";

/** The standstill period after an award (Procurement Act 2023 s.51): eight working days from the award notice. */
export async function StandstillDetails({ standstill }: { standstill: { firstDay: string; lastDay: string; workingDays: number } }) {
  const t = await getTranslations("lifecycle.standstill");
  const format = await getFormatter();
  const day = (date: string) => format.dateTime(new Date(`${date}T12:00:00Z`), { dateStyle: "full", timeZone: "UTC" });
  return (
    <div className="govuk-inset-text" data-testid="standstill">
      <p className="govuk-body">{t("period", { days: standstill.workingDays, first: day(standstill.firstDay), last: day(standstill.lastDay) })}</p>
      <p className="govuk-body govuk-!-margin-bottom-0">{t("basis")}</p>
    </div>
  );
}
