import type { Nation } from "./case/case-schema";

/** £5 million a year, excluding VAT: the threshold in PPN 006 (England) and WPPN 006 (Wales). */
export const CARBON_REDUCTION_PLAN_THRESHOLD = 5_000_000;

/**
 * Whether a Carbon Reduction Plan must be a condition of participation. PPN 006 applies to in-scope
 * organisations in England and WPPN 006 to the Welsh Government, both from £5m a year. Scotland and
 * Northern Ireland have no such rule, so there the gate is recommended, not mandatory.
 */
export function isCarbonReductionPlanMandatory(nation: Nation, annualValue: number): boolean {
  return (nation === "england" || nation === "wales") && annualValue >= CARBON_REDUCTION_PLAN_THRESHOLD;
}
