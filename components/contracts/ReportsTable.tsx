import { getLocale, getTranslations } from "next-intl/server";
import { ActionButton } from "@/components/forms/ActionButton";
import { Table } from "@/components/govuk/Table";
import { Tag } from "@/components/govuk/Tag";
import { compareDates, dateInWords } from "@/lib/domain/dates";
import { londonDay } from "@/lib/domain/responses/deadline";
import { toLocale } from "@/lib/i18n/locales";
import type { ContractView } from "@/lib/server/contracts/get-contract";
import type { FormState } from "@/lib/forms/form-state";

/** Each contract year: when it runs, when its report is due, where the report stands, and what the viewer can do. */
export async function ReportsTable({ contract, requestReport }: { contract: ContractView; requestReport: (year: number) => (state: FormState) => Promise<FormState> }) {
  const t = await getTranslations("contracts.reports");
  const tk = await getTranslations("contracts.kpis");
  const locale = toLocale(await getLocale());
  const today = londonDay(new Date());
  return (
    <Table
      caption={t("heading")}
      testId="contract-reports"
      head={[tk("yearHeading"), t("dueHeading"), tk("statusHeading"), t("actionHeading")]}
      rows={contract.years.map((year) => {
        const report = contract.reports.find((r) => r.year === year.year);
        const begun = compareDates(year.from, today) <= 0;
        const status = report?.status === "submitted" ? <Tag colour="green">{t("submitted")}</Tag> : report ? <Tag colour="yellow">{t("draft")}</Tag> : <Tag colour="grey">{begun ? t("notStarted") : t("upcoming")}</Tag>;
        const link = (text: string) => (
          <a className="govuk-link" href={`/contracts/${contract.id}/reports/${year.year}`}>
            {text}
          </a>
        );
        let action: React.ReactNode = null;
        if (contract.viewer.canReport && begun) action = link(report?.status === "submitted" ? t("view", { year: year.year }) : report ? t("continue", { year: year.year }) : t("start", { year: year.year }));
        else if (report?.status === "submitted") action = link(t("view", { year: year.year }));
        else if (contract.viewer.canEditTargets && compareDates(year.to, today) < 0) action = <ActionButton action={requestReport(year.year)} label={t("request", { year: year.year })} />;
        return {
          key: String(year.year),
          cells: [
            <>
              {t("year", { year: year.year })}
              <span className="govuk-body-s govuk-!-display-block">{t("period", { from: dateInWords(year.from, locale), to: dateInWords(year.to, locale) })}</span>
            </>,
            dateInWords(year.reportDue, locale),
            <>
              {status}
              {report?.reference && <span className="govuk-body-s govuk-!-display-block">{t("reference", { reference: report.reference })}</span>}
            </>,
            action,
          ],
        };
      })}
    />
  );
}
