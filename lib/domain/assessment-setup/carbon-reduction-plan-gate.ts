import { isCarbonReductionPlanMandatory } from "../carbon-reduction-plan-mandatory";
import type { Nation } from "../case/case-schema";

/** The gate is on when PPN 006 / WPPN 006 makes it mandatory, whatever the form said; below that, as the buyer chose. */
export function carbonReductionPlanRequired(nation: Nation, annualContractValue: number, chosen: boolean): boolean {
  return isCarbonReductionPlanMandatory(nation, annualContractValue) || chosen;
}

export type CarbonReductionPlanReason = "mandatory" | "chosen" | "not-required";

/**
 * Why the gate is on or off, to show the officer when a value changes: mandatory (the value reaches £5m a year in
 * England or Wales, naming the policy), chosen below that, or not required.
 */
export function carbonReductionPlanReason(nation: Nation, annualContractValue: number, chosen: boolean): { required: boolean; reason: CarbonReductionPlanReason; policy: "PPN 006" | "WPPN 006" | null } {
  const policy = nation === "wales" ? "WPPN 006" : nation === "england" ? "PPN 006" : null;
  if (isCarbonReductionPlanMandatory(nation, annualContractValue)) return { required: true, reason: "mandatory", policy };
  return chosen ? { required: true, reason: "chosen", policy } : { required: false, reason: "not-required", policy };
}
