import { kpiKindInfo, type KpiKind } from "@/lib/domain/contracts/kpi-kinds";
import type { KpiStatus } from "@/lib/domain/contracts/kpi-status";
import { formatGrouped } from "@/lib/domain/number-text";

// How contract figures are shown: tonnes to the kilogram, shares to one decimal, grouped as English and Welsh write them.

export function kpiFigure(kind: KpiKind, value: number | null, none: string): string {
  if (value === null) return none;
  return kpiKindInfo[kind].unit === "percent" ? `${formatGrouped(value, 1)}%` : `${formatGrouped(value, 3)} tCO2e`;
}

/** A variance with its sign: "+1.103 tCO2e"; a share's in percentage points, "−7.8 percentage points". */
export function kpiVariance(kind: KpiKind, variance: number, points: string): string {
  const sign = variance > 0 ? "+" : variance < 0 ? "−" : "";
  const size = kpiKindInfo[kind].unit === "percent" ? `${formatGrouped(Math.abs(variance), 1)} ${points}` : kpiFigure(kind, Math.abs(variance), "");
  return `${sign}${size}`;
}

export const statusColour: Record<KpiStatus, "green" | "red" | "grey" | "yellow" | "blue"> = {
  "on-track": "green",
  "off-track": "red",
  "not-reported": "yellow",
  "not-due": "grey",
  "no-target": "blue",
};

export const pounds = (value: number) => `£${formatGrouped(value, 0)}`;
