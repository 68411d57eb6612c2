/**
 * Where a tender stands in its assessment summary. The rules engine's "excluded" (a failed condition of
 * participation, or a score below a criterion's minimum) is written as *disregarded*: "excluded" is the
 * Procurement Act 2023's word for the s.57 exclusion grounds, which this service does not assess.
 */
export type SummaryStanding = "most-advantageous" | "unsuccessful" | "disregarded" | "not-yet-assessed";

export function summaryStanding(status: "ranked" | "excluded" | "incomplete", rank: number | null): SummaryStanding {
  if (status === "excluded") return "disregarded";
  if (status === "incomplete") return "not-yet-assessed";
  return rank === 1 ? "most-advantageous" : "unsuccessful";
}
