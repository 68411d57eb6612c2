import { isCarbonReductionPlanMandatory } from "../carbon-reduction-plan-mandatory";
import type { Nation } from "../case/case-schema";

/** The gate is on when PPN 006 / WPPN 006 makes it mandatory, whatever the form said; below that, as the buyer chose. */
export function carbonReductionPlanRequired(nation: Nation, annualContractValue: number, chosen: boolean): boolean {
  return isCarbonReductionPlanMandatory(nation, annualContractValue) || chosen;
}
