import type { CarbonReductionPlan } from "../case/carbon-reduction-plan-schema";
import { div, exact, mul, ONE, round, sub, type Exact } from "../exact";
import type { ContractYear } from "./contract-years";
import { kpiKindInfo, type KpiKind } from "./kpi-kinds";

/** PPN 01/24's Carbon Reduction Contract Schedule guidance: emissions fall by 10 % each contract year. */
export const DEFAULT_REDUCTION_PERCENT = 10;

/** Where a KPI's baseline came from: the bid (its footprint, plan or evidence), or the first year's report. */
export type BaselineSource = "bid-footprint" | "bid-plan" | "bid-evidence" | "first-report";

export type ContractKpi = {
  kind: KpiKind;
  /** The figure the targets start from; null until the first year's report when the bid gave none. */
  baseline: number | null;
  baselineSource: BaselineSource;
  /** One per contract year, in order; null where no target is set (the baseline year, or no baseline yet). */
  targets: (number | null)[];
  /** Whether the officer has changed the targets from the defaults. */
  targetsSetBy: "default" | "officer";
};

const tonnes = (value: Exact) => round(value, 3);

/**
 * Each year's target falling by `percent` a year, compounded: baseline × (1 − percent/100)^n, where n counts years
 * after the baseline (a bid's baseline stands before year 1; a first report's baseline is year 1 itself, which then
 * has no target). Rounded once, to the kilogram.
 */
export function reductionTargets(baseline: number, years: number, baselineIsFirstYear: boolean, percent = DEFAULT_REDUCTION_PERCENT): (number | null)[] {
  const factor = sub(ONE, div(exact(percent), exact(100)));
  const targets: (number | null)[] = [];
  let target = exact(baseline);
  for (let year = 1; year <= years; year++) {
    if (baselineIsFirstYear && year === 1) {
      targets.push(null);
      continue;
    }
    target = mul(target, factor);
    targets.push(tonnes(target));
  }
  return targets;
}

/**
 * The supplier's own path, from its Carbon Reduction Plan: a straight line from the baseline year's emissions to
 * each reduction target in turn, read at the calendar year each contract year ends in; held at the last target
 * after it. Null without a baseline or a target.
 */
export function planPathTargets(plan: CarbonReductionPlan | undefined, years: readonly ContractYear[]): (number | null)[] | null {
  const baselineYear = plan?.baselineYear;
  const baseline = plan?.baselineEmissionsTCO2e;
  const goals = [...(plan?.reductionTargets ?? [])].filter((t) => baselineYear !== undefined && t.year > baselineYear).sort((a, b) => a.year - b.year);
  if (baselineYear === undefined || baseline === undefined || goals.length === 0) return null;
  const level = (reductionPercent: number) => sub(ONE, div(exact(reductionPercent), exact(100)));
  return years.map(({ to }) => {
    const calendarYear = Number(to.slice(0, 4));
    let fromYear = baselineYear;
    let fromLevel = ONE;
    for (const goal of goals) {
      if (calendarYear <= goal.year) {
        // fromLevel + (goalLevel − fromLevel) × (Y − fromYear) / (goalYear − fromYear)
        const share = div(exact(calendarYear - fromYear), exact(goal.year - fromYear));
        const path = sub(fromLevel, mul(sub(fromLevel, level(goal.reductionPercent)), share));
        return tonnes(mul(exact(baseline), path));
      }
      fromYear = goal.year;
      fromLevel = level(goal.reductionPercent);
    }
    return tonnes(mul(exact(baseline), fromLevel));
  });
}

/** A share committed in the bid, held every year. */
const heldTargets = (baseline: number, years: number): number[] => Array.from({ length: years }, () => baseline);

/** The defaults for a KPI the bid gave a baseline for (or, for emissions, that the first report will give). */
export function defaultTargets(kind: KpiKind, baseline: number | null, source: BaselineSource, years: number): (number | null)[] {
  if (baseline === null) return Array.from({ length: years }, () => null);
  return kpiKindInfo[kind].direction === "reduce" ? reductionTargets(baseline, years, source === "first-report") : heldTargets(baseline, years);
}

/**
 * Once a KPI without a baseline has its first year's report, the reported figure becomes the baseline and the
 * defaults follow from it; targets the officer set are kept.
 */
export function withFirstReportBaseline(kpi: ContractKpi, firstYearValue: number): ContractKpi {
  if (kpi.baseline !== null) return kpi;
  const targets = kpi.targetsSetBy === "officer" ? kpi.targets : defaultTargets(kpi.kind, firstYearValue, "first-report", kpi.targets.length);
  return { ...kpi, baseline: firstYearValue, baselineSource: "first-report", targets };
}
