import { compareDates, type IsoDate } from "../dates";
import { contractYears } from "./contract-years";
import type { KpiKind } from "./kpi-kinds";

/** What a dashboard needs of one contract: its dates, its KPIs' count, and each report's state and reviews. */
export type DashboardContract = {
  id: string;
  reference: string;
  startsOn: IsoDate;
  endsOn: IsoDate;
  kpiCount: number;
  /** Each report: submitted or not, how many KPIs are reviewed, and its queries (answered since, or awaiting the supplier). */
  reports: { year: number; submitted: boolean; reviewed: number; queries?: { kind: KpiKind; awaitingReply: boolean }[] }[];
};

export type ContractWork =
  | { kind: "report-to-file"; contractId: string; reference: string; year: number; dueOn: IsoDate; overdue: boolean }
  | { kind: "kpis-to-review"; contractId: string; reference: string; year: number; count: number }
  | { kind: "query-to-answer"; contractId: string; reference: string; year: number; kpi: KpiKind }
  | { kind: "report-overdue"; contractId: string; reference: string; year: number; dueOn: IsoDate };

/**
 * The contract work waiting for a person, most pressing first:
 * - a supplier's people: each report of a year that has ended and is not submitted (overdue ones first), and each
 *   query on a KPI waiting for their answer;
 * - a sustainability specialist: each submitted report with KPIs not yet reviewed or answered since a query;
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
      const queries = report?.queries ?? [];
      if (role === "supplier-admin" || role === "supplier-contributor") {
        if (ended && !report?.submitted) work.push({ kind: "report-to-file", ...base, dueOn: year.reportDue, overdue });
        for (const query of queries) if (query.awaitingReply) work.push({ kind: "query-to-answer", ...base, kpi: query.kind });
      } else if (role === "sustainability-specialist") {
        // KPIs never reviewed, and queries the supplier has answered since: both wait for the specialist.
        const count = (report?.submitted ? contract.kpiCount - report.reviewed : 0) + queries.filter((query) => !query.awaitingReply).length;
        if (count > 0) work.push({ kind: "kpis-to-review", ...base, count });
      } else if (role === "procurement-officer") {
        if (overdue && !report?.submitted) work.push({ kind: "report-overdue", ...base, dueOn: year.reportDue });
      }
    }
  }
  const urgency = (item: ContractWork) => (item.kind === "report-to-file" ? (item.overdue ? 0 : 1) : item.kind === "report-overdue" || item.kind === "query-to-answer" ? 0 : 1);
  return work.sort((a, b) => urgency(a) - urgency(b) || (a.reference < b.reference ? -1 : a.reference > b.reference ? 1 : a.year - b.year));
}
