import { getLocale, getTranslations } from "next-intl/server";
import type { ContractWork as Work } from "@/lib/domain/contracts/contract-work";
import { kpiKindInfo } from "@/lib/domain/contracts/kpi-kinds";
import { dateInWords } from "@/lib/domain/dates";
import { toLocale } from "@/lib/i18n/locales";

/** Contract reports waiting for this person: to file, to review, or overdue. Nothing when there are none. */
export async function ContractWork({ work }: { work: Work[] }) {
  if (work.length === 0) return null;
  const t = await getTranslations("contracts.work");
  const locale = toLocale(await getLocale());
  const text = (item: Work) => {
    if (item.kind === "kpis-to-review") return t("review", { reference: item.reference, year: item.year, count: item.count });
    if (item.kind === "query-to-answer") return t("answer", { reference: item.reference, year: item.year, kpi: kpiKindInfo[item.kpi].inSentence[locale] });
    const due = dateInWords(item.dueOn, locale);
    if (item.kind === "report-overdue") return t("overdue", { reference: item.reference, year: item.year, due });
    return item.overdue ? t("fileOverdue", { reference: item.reference, year: item.year, due }) : t("file", { reference: item.reference, year: item.year, due });
  };
  return (
    <>
      <h3 className="govuk-heading-s">{t("heading")}</h3>
      <ul className="govuk-list govuk-list--bullet" data-testid="contract-work">
        {work.map((item) => (
          <li key={`${item.kind}-${item.contractId}-${item.year}-${"kpi" in item ? item.kpi : ""}`}>
            <a className="govuk-link" href={item.kind === "report-overdue" ? `/contracts/${item.contractId}` : item.kind === "query-to-answer" ? `/contracts/${item.contractId}/reports/${item.year}/kpis/${item.kpi}/reply` : `/contracts/${item.contractId}/reports/${item.year}`}>
              {text(item)}
            </a>
          </li>
        ))}
      </ul>
    </>
  );
}
