import { getLocale, getTranslations } from "next-intl/server";
import type { ContractWork as Work } from "@/lib/domain/contracts/contract-work";
import { dateInWords } from "@/lib/domain/dates";
import { toLocale } from "@/lib/i18n/locales";

/** Contract reports waiting for this person: to file, to review, or overdue. Nothing when there are none. */
export async function ContractWork({ work }: { work: Work[] }) {
  if (work.length === 0) return null;
  const t = await getTranslations("contracts.work");
  const locale = toLocale(await getLocale());
  const text = (item: Work) => {
    if (item.kind === "kpis-to-review") return t("review", { reference: item.reference, year: item.year, count: item.count });
    const due = dateInWords(item.dueOn, locale);
    if (item.kind === "report-overdue") return t("overdue", { reference: item.reference, year: item.year, due });
    return item.overdue ? t("fileOverdue", { reference: item.reference, year: item.year, due }) : t("file", { reference: item.reference, year: item.year, due });
  };
  return (
    <>
      <h3 className="govuk-heading-s">{t("heading")}</h3>
      <ul className="govuk-list govuk-list--bullet" data-testid="contract-work">
        {work.map((item) => (
          <li key={`${item.kind}-${item.contractId}-${item.year}`}>
            <a className="govuk-link" href={item.kind === "report-overdue" ? `/contracts/${item.contractId}` : `/contracts/${item.contractId}/reports/${item.year}`}>
              {text(item)}
            </a>
          </li>
        ))}
      </ul>
    </>
  );
}
