import type { IsoDate } from "../dates";
import { estimateFootprint } from "../footprint/estimate-footprint";
import type { ResponseEvidence } from "../responses/evidence-copy";
import type { ContractYear } from "./contract-years";
import type { KpiKind } from "./kpi-kinds";
import { defaultTargets, planPathTargets, type BaselineSource, type ContractKpi } from "./kpi-targets";

const kpi = (kind: KpiKind, baseline: number | null, baselineSource: BaselineSource, years: number): ContractKpi => ({
  kind,
  baseline,
  baselineSource,
  targets: defaultTargets(kind, baseline, baselineSource, years),
  targetsSetBy: "default",
});

/**
 * The KPIs a contract starts with, carried from the winning bid:
 * - contract emissions always (the schedule asks for contract-specific reporting), from the bid's declared service
 *   footprint when there is one, otherwise from the first year's report;
 * - the Carbon Reduction Plan's own reduction path, when the plan gives a baseline and a target;
 * - each share the bid's evidence stated: refurbished or remanufactured devices, equipment reused or recycled and
 *   landfilled at end of life, and tier 1 suppliers with carbon data.
 */
export function kpisFromBid(bid: ResponseEvidence, assessmentDate: IsoDate, years: readonly ContractYear[]): ContractKpi[] {
  const count = years.length;
  const footprint = bid.serviceFootprint ? estimateFootprint(bid.serviceFootprint, assessmentDate).tCO2ePerYear : null;
  const kpis: ContractKpi[] = [footprint !== null && footprint > 0 ? kpi("contract-emissions", footprint, "bid-footprint", count) : kpi("contract-emissions", null, "first-report", count)];
  const plan = bid.carbonReductionPlan;
  const path = planPathTargets(plan, years);
  if (path && plan?.baselineEmissionsTCO2e !== undefined) {
    kpis.push({ kind: "organisation-emissions", baseline: plan.baselineEmissionsTCO2e, baselineSource: "bid-plan", targets: path, targetsSetBy: "default" });
  }
  const waste = bid.evidence?.waste;
  const shares: [KpiKind, number | undefined][] = [
    ["refurbished-share", waste?.percentRefurbishedOrRemanufactured],
    ["reused-recycled-share", waste?.percentReusedOrRecycled],
    ["landfill-share", waste?.percentLandfilled],
    ["supply-chain-mapped", bid.evidence?.supplyChain?.tier1PercentWithData],
  ];
  for (const [kind, value] of shares) if (value !== undefined) kpis.push(kpi(kind, value, "bid-evidence", count));
  return kpis;
}
