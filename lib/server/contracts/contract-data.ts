import "server-only";
import { z } from "zod";
import { kpiKinds } from "@/lib/domain/contracts/kpi-kinds";
import type { ContractKpi } from "@/lib/domain/contracts/kpi-targets";
import { emptyReportFigures, reportFiguresSchema, type ReportFigures } from "@/lib/domain/contracts/report-figures";

// The JSON columns of contracts, read back through their schemas: a row written by an older version of the service
// is read, never trusted blindly.

const kpiSchema = z.object({
  kind: z.enum(kpiKinds),
  baseline: z.number().nullable(),
  baselineSource: z.enum(["bid-footprint", "bid-plan", "bid-evidence", "first-report"]),
  targets: z.array(z.number().nullable()),
  targetsSetBy: z.enum(["default", "officer"]),
});

export function readKpis(json: string): ContractKpi[] {
  const parsed = z.array(kpiSchema).safeParse(JSON.parse(json));
  return parsed.success ? parsed.data : [];
}

export type Commitments = { validCarbonReductionPlan: boolean; scienceBasedTargets: boolean };

export function readCommitments(json: string): Commitments {
  const parsed = z.object({ validCarbonReductionPlan: z.boolean(), scienceBasedTargets: z.boolean() }).safeParse(JSON.parse(json));
  return parsed.success ? parsed.data : { validCarbonReductionPlan: false, scienceBasedTargets: false };
}

export function readFigures(json: string): ReportFigures {
  const parsed = reportFiguresSchema.safeParse(JSON.parse(json));
  return parsed.success ? parsed.data : emptyReportFigures();
}
