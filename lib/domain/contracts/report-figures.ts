import { z } from "zod";
import { inputLimits } from "../case/limits";
import { percentSchema } from "../case/common-schema";
import { div, exact, mul, round, sum } from "../exact";
import { electricityRegions } from "../footprint/factors";
import { kpiKinds, type KpiKind } from "./kpi-kinds";

/** The scope 3 categories of the GHG Protocol an ICT contract usually has, as the schedule's drafting lists them. */
export const scope3Categories = ["1", "4", "5", "6", "7", "9", "11", "12"] as const;
export type Scope3Category = (typeof scope3Categories)[number];

const tonnes = z.number().min(0).max(inputLimits.tonnesCO2e);
const count = z.number().int().min(0).max(inputLimits.deviceCount);

/** What a supplier reports for one contract year. Every figure may be left out while the report is a draft. */
export const reportFiguresSchema = z.strictObject({
  scope1TCO2e: tonnes.optional(),
  scope2TCO2e: tonnes.optional(),
  scope3TCO2e: z.partialRecord(z.enum(scope3Categories), tonnes).default({}),
  electricity: z.array(z.strictObject({ region: z.enum(electricityRegions), kWh: z.number().min(0).max(inputLimits.kWhPerYear) })).max(10).default([]),
  devicesNew: count.optional(),
  devicesRefurbished: count.optional(),
  devicesEmbodiedKgCO2e: z.number().min(0).max(inputLimits.tonnesCO2e).optional(),
  takenBackReused: count.optional(),
  takenBackRecycled: count.optional(),
  takenBackLandfilled: count.optional(),
  supplyChainTier1Percent: percentSchema.optional(),
  organisationEmissionsTCO2e: tonnes.optional(),
  /** Why a figure misses its target, by KPI. */
  explanations: z.partialRecord(z.enum(kpiKinds), z.string().trim().max(2000)).default({}),
});
export type ReportFigures = z.infer<typeof reportFiguresSchema>;

export const emptyReportFigures = (): ReportFigures => ({ scope3TCO2e: {}, electricity: [], explanations: {} });

/** Scope 1 + 2 + each scope 3 category, exactly, to the kilogram; null when nothing is reported. */
export function contractEmissions(figures: ReportFigures): number | null {
  const parts = [figures.scope1TCO2e, figures.scope2TCO2e, ...Object.values(figures.scope3TCO2e)].filter((value): value is number => value !== undefined);
  return parts.length === 0 ? null : round(sum(parts.map(exact)), 3);
}

/** part / whole as a percentage to one decimal; null when the whole is nothing. */
function share(part: number, whole: number): number | null {
  return whole === 0 ? null : round(div(mul(exact(part), exact(100)), exact(whole)), 1);
}

const takenBack = (figures: ReportFigures) => (figures.takenBackReused ?? 0) + (figures.takenBackRecycled ?? 0) + (figures.takenBackLandfilled ?? 0);
const devicesSupplied = (figures: ReportFigures) => (figures.devicesNew ?? 0) + (figures.devicesRefurbished ?? 0);

/** The figure a KPI is judged on, from a year's report; null when the report does not give it. */
export function kpiValue(kind: KpiKind, figures: ReportFigures): number | null {
  switch (kind) {
    case "contract-emissions":
      return contractEmissions(figures);
    case "organisation-emissions":
      return figures.organisationEmissionsTCO2e ?? null;
    case "refurbished-share":
      return share(figures.devicesRefurbished ?? 0, devicesSupplied(figures));
    case "reused-recycled-share":
      return share((figures.takenBackReused ?? 0) + (figures.takenBackRecycled ?? 0), takenBack(figures));
    case "landfill-share":
      return share(figures.takenBackLandfilled ?? 0, takenBack(figures));
    case "supply-chain-mapped":
      return figures.supplyChainTier1Percent ?? null;
  }
}
