import { compareDates, inclusiveDays, type IsoDate } from "../dates";
import { add, compare, div, exact, mul, round, sub, ZERO, type Exact } from "../exact";
import { contractYears, reportingYear, reportingYearOf, type ContractYear, type ReportingYear } from "./contract-years";
import type { ContractKpi } from "./kpi-targets";
import { contractEmissions, type ReportFigures } from "./report-figures";

/** What the organisation report needs of one contract. */
export type ReportedContract = {
  id: string;
  supplierId: string;
  supplierName: string;
  startsOn: IsoDate;
  endsOn: IsoDate;
  kpis: readonly ContractKpi[];
  /** Submitted reports only, by contract year. */
  reports: readonly { year: number; figures: ReportFigures }[];
  /** From the winning bid: a Carbon Reduction Plan that met the gate, and science-based targets set. */
  validCarbonReductionPlan: boolean;
  scienceBasedTargets: boolean;
};

export type FootprintYear = { startYear: number; reportedTCO2e: number; estimatedTCO2e: number; totalTCO2e: number; estimatedPercent: number | null };

export type EndOfLife = { reused: number; recycled: number; landfilled: number; total: number; reusedOrRecycledPercent: number | null; landfilledPercent: number | null };

export type OrganisationReport = {
  year: ReportingYear;
  footprint: FootprintYear;
  /** Per contract, for the table beside the totals. */
  contracts: { id: string; supplierName: string; reportedTCO2e: number; estimatedTCO2e: number }[];
  trend: FootprintYear[];
  refurbished: { percent: number | null; previousPercent: number | null; changePoints: number | null; supplied: number; refurbished: number };
  endOfLife: EndOfLife;
  suppliers: { total: number; validCarbonReductionPlan: number; scienceBasedTargets: number };
};

const tonnes = (value: Exact) => round(value, 3);
const percent = (part: number | Exact, whole: number | Exact): number | null => {
  const w = typeof whole === "number" ? exact(whole) : whole;
  if (compare(w, ZERO) === 0) return null;
  return round(div(mul(typeof part === "number" ? exact(part) : part, exact(100)), w), 1);
};

/** Days two date ranges share, both ends counted; 0 when apart. */
function overlapDays(a: { from: IsoDate; to: IsoDate }, b: { from: IsoDate; to: IsoDate }): number {
  const from = compareDates(a.from, b.from) > 0 ? a.from : b.from;
  const to = compareDates(a.to, b.to) < 0 ? a.to : b.to;
  return compareDates(from, to) > 0 ? 0 : inclusiveDays(from, to);
}

/**
 * A contract year's emissions: reported when its report is submitted; otherwise estimated from the latest earlier
 * report, else the year's target, else the baseline (the bid's declared footprint). Null with nothing to go on.
 */
function yearEmissions(contract: ReportedContract, year: ContractYear): { tCO2e: Exact; reported: boolean } | null {
  const byYear = new Map(contract.reports.map((report) => [report.year, contractEmissions(report.figures)]));
  const reported = byYear.get(year.year);
  if (reported !== undefined && reported !== null) return { tCO2e: exact(reported), reported: true };
  for (let earlier = year.year - 1; earlier >= 1; earlier--) {
    const value = byYear.get(earlier);
    if (value !== undefined && value !== null) return { tCO2e: exact(value), reported: false };
  }
  const kpi = contract.kpis.find((k) => k.kind === "contract-emissions");
  const fallback = kpi?.targets[year.year - 1] ?? kpi?.baseline ?? null;
  return fallback === null ? null : { tCO2e: exact(fallback), reported: false };
}

/**
 * The footprint of the organisation's ICT contracts in a reporting year (1 April to 31 March): each contract year's
 * emissions shared out by the days it has in the reporting year, reported where the supplier's report is
 * submitted and estimated otherwise, so the share estimated is plain to see (Greening Government ICT outcome 1.2).
 */
function footprintInYear(contracts: readonly ReportedContract[], startYear: number) {
  const period = reportingYear(startYear);
  let reported = ZERO;
  let estimated = ZERO;
  const byContract = contracts.map((contract) => {
    let contractReported = ZERO;
    let contractEstimated = ZERO;
    for (const year of contractYears(contract.startsOn, contract.endsOn)) {
      const days = overlapDays(year, period);
      if (days === 0) continue;
      const emissions = yearEmissions(contract, year);
      if (!emissions) continue;
      const part = mul(emissions.tCO2e, div(exact(days), exact(inclusiveDays(year.from, year.to))));
      if (emissions.reported) contractReported = add(contractReported, part);
      else contractEstimated = add(contractEstimated, part);
    }
    reported = add(reported, contractReported);
    estimated = add(estimated, contractEstimated);
    return { id: contract.id, supplierName: contract.supplierName, reportedTCO2e: tonnes(contractReported), estimatedTCO2e: tonnes(contractEstimated) };
  });
  const total = add(reported, estimated);
  const footprint: FootprintYear = { startYear, reportedTCO2e: tonnes(reported), estimatedTCO2e: tonnes(estimated), totalTCO2e: tonnes(total), estimatedPercent: percent(estimated, total) };
  return { footprint, byContract };
}

/** Submitted reports of contract years that end in the reporting year: what the year's device and waste figures count. */
function reportsEndingIn(contracts: readonly ReportedContract[], startYear: number): ReportFigures[] {
  const period = reportingYear(startYear);
  return contracts.flatMap((contract) => {
    const years = contractYears(contract.startsOn, contract.endsOn);
    return contract.reports.filter((report) => {
      const year = years[report.year - 1];
      return year !== undefined && compareDates(period.from, year.to) <= 0 && compareDates(year.to, period.to) <= 0;
    }).map((report) => report.figures);
  });
}

function refurbishedIn(contracts: readonly ReportedContract[], startYear: number) {
  const figures = reportsEndingIn(contracts, startYear);
  const refurbished = figures.reduce((total, f) => total + (f.devicesRefurbished ?? 0), 0);
  const supplied = figures.reduce((total, f) => total + (f.devicesRefurbished ?? 0) + (f.devicesNew ?? 0), 0);
  return { refurbished, supplied, percent: percent(refurbished, supplied) };
}

/** The organisation's sustainable-ICT report for the reporting year starting 1 April `startYear`. */
export function organisationReport(contracts: readonly ReportedContract[], startYear: number, trendYears = 5): OrganisationReport {
  const year = reportingYear(startYear);
  const { footprint, byContract } = footprintInYear(contracts, startYear);
  const firstYear = contracts.reduce((first, c) => Math.min(first, reportingYearOf(c.startsOn).startYear), startYear);
  const trendFrom = Math.max(firstYear, startYear - trendYears + 1);
  const trend = Array.from({ length: startYear - trendFrom + 1 }, (_, i) => footprintInYear(contracts, trendFrom + i).footprint);
  const now = refurbishedIn(contracts, startYear);
  const before = refurbishedIn(contracts, startYear - 1);
  const endFigures = reportsEndingIn(contracts, startYear);
  const reused = endFigures.reduce((t, f) => t + (f.takenBackReused ?? 0), 0);
  const recycled = endFigures.reduce((t, f) => t + (f.takenBackRecycled ?? 0), 0);
  const landfilled = endFigures.reduce((t, f) => t + (f.takenBackLandfilled ?? 0), 0);
  const total = reused + recycled + landfilled;
  const active = contracts.filter((c) => compareDates(c.startsOn, year.to) <= 0 && compareDates(year.from, c.endsOn) <= 0);
  const suppliers = new Map<string, ReportedContract>();
  // One entry per supplier organisation (two suppliers may share a name); its latest contract's commitments count.
  for (const contract of [...active].sort((a, b) => compareDates(a.startsOn, b.startsOn))) suppliers.set(contract.supplierId, contract);
  return {
    year,
    footprint,
    contracts: byContract.filter((c) => c.reportedTCO2e > 0 || c.estimatedTCO2e > 0),
    trend,
    refurbished: {
      percent: now.percent,
      previousPercent: before.percent,
      changePoints: now.percent !== null && before.percent !== null ? round(sub(exact(now.percent), exact(before.percent)), 1) : null,
      supplied: now.supplied,
      refurbished: now.refurbished,
    },
    endOfLife: { reused, recycled, landfilled, total, reusedOrRecycledPercent: percent(reused + recycled, total), landfilledPercent: percent(landfilled, total) },
    suppliers: {
      total: suppliers.size,
      validCarbonReductionPlan: [...suppliers.values()].filter((c) => c.validCarbonReductionPlan).length,
      scienceBasedTargets: [...suppliers.values()].filter((c) => c.scienceBasedTargets).length,
    },
  };
}
