import { compareDates, type IsoDate } from "../dates";
import { contractYears } from "./contract-years";

/** What a dashboard needs of one contract: its dates, its KPIs' count, and each report's state and reviews. */
export type DashboardContract = {
  id: string;
  reference: string;
  startsOn: IsoDate;
  endsOn: IsoDate;
  kpiCount: number;
  reports: { year: number; submitted: boolean; reviewed: number }[];
};

export type ContractWork =
  | { kind: "report-to-file"; contractId: string; reference: string; year: number; dueOn: IsoDate; overdue: boolean }
  | { kind: "kpis-to-review"; contractId: string; reference: string; year: number; count: number }
  | { kind: "report-overdue"; contractId: string; reference: string; year: number; dueOn: IsoDate };

/**
 * The contract work waiting for a person, most pressing first:
 * - a supplier's people: each report of a year that has ended and is not submitted (overdue ones first);
 * - a sustainability specialist: each submitted report with KPIs not yet reviewed;
 * - a procurement officer: each report that is overdue.
 */
export function contractWorkWaiting(role: string, contracts: readonly DashboardContract[], today: IsoDate): ContractWork[] {
  const work: ContractWork[] = [];
  for (const contract of contracts) {
    for (const year of contractYears(contract.startsOn, contract.endsOn)) {
      const report = contract.reports.find((r) => r.year === year.year);
      const ended = compareDates(year.to, today) < 0;
      const overdue = compareDates(year.reportDue, today) < 0;
      const base = { contractId: contract.id, reference: contract.reference, year: year.year };
      if (role === "supplier-admin" || role === "supplier-contributor") {
        if (ended && !report?.submitted) work.push({ kind: "report-to-file", ...base, dueOn: year.reportDue, overdue });
      } else if (role === "sustainability-specialist") {
        if (report?.submitted && report.reviewed < contract.kpiCount) work.push({ kind: "kpis-to-review", ...base, count: contract.kpiCount - report.reviewed });
      } else if (role === "procurement-officer") {
        if (overdue && !report?.submitted) work.push({ kind: "report-overdue", ...base, dueOn: year.reportDue });
      }
    }
  }
  const urgency = (item: ContractWork) => (item.kind === "report-to-file" ? (item.overdue ? 0 : 1) : item.kind === "report-overdue" ? 0 : 1);
  return work.sort((a, b) => urgency(a) - urgency(b) || (a.reference < b.reference ? -1 : a.reference > b.reference ? 1 : a.year - b.year));
}
