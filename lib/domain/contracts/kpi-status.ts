import { compareDates, type IsoDate } from "../dates";
import { exact, round, sub } from "../exact";
import type { ContractYear } from "./contract-years";
import { kpiKindInfo } from "./kpi-kinds";
import type { ContractKpi } from "./kpi-targets";
import { kpiValue, type ReportFigures } from "./report-figures";

/**
 * - on-track / off-track: the year's report gives the figure, judged against the year's target (or as the
 *   specialist judged it on review);
 * - not-reported: the report is overdue, or was submitted without this figure;
 * - not-due: the year's report is not due yet and not submitted;
 * - no-target: reported, but no target is set for the year (the baseline year).
 */
export type KpiStatus = "on-track" | "off-track" | "not-reported" | "not-due" | "no-target";

export type KpiReview = {
  outcome: "agreed" | "queried";
  status: "on-track" | "off-track";
  reason: string;
  /** The supplier's latest answer to a query. */
  reply?: string | null;
  /** A query the supplier has not answered since it was made. */
  awaitingReply?: boolean;
};

export type KpiStanding = {
  status: KpiStatus;
  /** The status the figures give, before any review. */
  computed: KpiStatus;
  value: number | null;
  target: number | null;
  /** value − target, in the KPI's unit; positive means above the target (worse for a reduction). */
  variance: number | null;
  explanation: string | null;
  review: KpiReview | null;
};

export type YearReport = { status: "draft" | "submitted"; figures: ReportFigures };

/** Whether a figure meets a target in the KPI's direction (a reduction meets it at or below). */
export function meetsTarget(kpi: ContractKpi, value: number, target: number): boolean {
  return kpiKindInfo[kpi.kind].direction === "at-least" ? value >= target : value <= target;
}

/** A KPI's standing for one contract year. A draft report counts as no report: only what is submitted is judged. */
export function kpiStanding(kpi: ContractKpi, year: ContractYear, report: YearReport | null, review: KpiReview | null, today: IsoDate): KpiStanding {
  const target = kpi.targets[year.year - 1] ?? null;
  const submitted = report?.status === "submitted" ? report.figures : null;
  const value = submitted ? kpiValue(kpi.kind, submitted) : null;
  const explanation = submitted?.explanations[kpi.kind]?.trim() || null;
  let computed: KpiStatus;
  if (!submitted) computed = compareDates(today, year.reportDue) > 0 ? "not-reported" : "not-due";
  else if (value === null) computed = "not-reported";
  else if (target === null) computed = "no-target";
  else computed = meetsTarget(kpi, value, target) ? "on-track" : "off-track";
  const variance = value !== null && target !== null ? round(sub(exact(value), exact(target)), 3) : null;
  return { status: submitted && review ? review.status : computed, computed, value, target, variance, explanation, review: submitted ? review : null };
}

/** Why a KPI needs the supplier's explanation before a report is submitted. */
export type ExplanationNeeded = { kpi: ContractKpi; reason: "missed" | "missing" };

/**
 * The KPIs a submission must explain: each whose figure misses its target for the year, and each the report gives
 * no figure for (a KPI left out is as much the buyer's concern as one missed).
 */
export function kpisNeedingExplanation(kpis: readonly ContractKpi[], year: ContractYear, figures: ReportFigures): ExplanationNeeded[] {
  return kpis.flatMap((kpi): ExplanationNeeded[] => {
    if (figures.explanations[kpi.kind]?.trim()) return [];
    const value = kpiValue(kpi.kind, figures);
    if (value === null) return [{ kpi, reason: "missing" }];
    const target = kpi.targets[year.year - 1] ?? null;
    return target !== null && !meetsTarget(kpi, value, target) ? [{ kpi, reason: "missed" }] : [];
  });
}

/** A year's report is submitted once the year has ended: its figures are for the whole year. */
export const yearHasEnded = (year: ContractYear, today: IsoDate) => compareDates(today, year.to) > 0;
