import "server-only";
import { z } from "zod";
import { kpiKinds } from "@/lib/domain/contracts/kpi-kinds";
import type { ContractKpi } from "@/lib/domain/contracts/kpi-targets";
import { emptyReportFigures, reportFiguresSchema, type ReportFigures } from "@/lib/domain/contracts/report-figures";
import { AppError } from "@/lib/server/errors";

// The JSON columns of contracts, read back through their schemas: a row written by another version of the service is
// read as far as it can be, never trusted blindly, and never crashes a page. A change is refused rather than written
// over what could not be read.

const kpiSchema = z.object({
  kind: z.enum(kpiKinds),
  baseline: z.number().nullable(),
  baselineSource: z.enum(["bid-footprint", "bid-plan", "bid-evidence", "first-report"]),
  targets: z.array(z.number().nullable()),
  targetsSetBy: z.enum(["default", "officer"]),
});

function parseJson(json: string): unknown {
  try {
    return JSON.parse(json);
  } catch {
    return null;
  }
}

/** The KPIs that can be read, and whether every stored one could be. */
function kpisRead(json: string): { kpis: ContractKpi[]; complete: boolean } {
  const stored = parseJson(json);
  const list = Array.isArray(stored) ? stored : [];
  const kpis = list.flatMap((item) => {
    const parsed = kpiSchema.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  });
  return { kpis, complete: Array.isArray(stored) && kpis.length === list.length };
}

/** For showing: every KPI that can be read. */
export const readKpis = (json: string): ContractKpi[] => kpisRead(json).kpis;

/** For changing: the KPIs, or a refusal when any stored one cannot be read (it would be lost on writing back). */
export function readKpisToChange(json: string): ContractKpi[] {
  const { kpis, complete } = kpisRead(json);
  if (!complete) throw new AppError("CONTRACT_UNREADABLE", "contract.unreadable");
  return kpis;
}

export type Commitments = { validCarbonReductionPlan: boolean; scienceBasedTargets: boolean };

export function readCommitments(json: string): Commitments {
  const parsed = z.object({ validCarbonReductionPlan: z.boolean(), scienceBasedTargets: z.boolean() }).safeParse(parseJson(json));
  return parsed.success ? parsed.data : { validCarbonReductionPlan: false, scienceBasedTargets: false };
}

const figureKeys = Object.keys(reportFiguresSchema.shape);

/** A report's figures; keys this version does not know are left out, and figures that cannot be read read as none. */
export function readFigures(json: string): ReportFigures {
  const stored = parseJson(json);
  const known = stored && typeof stored === "object" && !Array.isArray(stored) ? Object.fromEntries(Object.entries(stored).filter(([key]) => figureKeys.includes(key))) : {};
  const parsed = reportFiguresSchema.safeParse(known);
  return parsed.success ? parsed.data : emptyReportFigures();
}

/** A bid's evidence as stored on its response: an object, or none. */
export function readBid(json: string): Record<string, unknown> {
  const stored = parseJson(json);
  return stored && typeof stored === "object" && !Array.isArray(stored) ? (stored as Record<string, unknown>) : {};
}
