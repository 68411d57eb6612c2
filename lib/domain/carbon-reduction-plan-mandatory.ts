import type { Nation } from "./case/case-schema";
import type { Bilingual } from "./text";

/** £5 million a year: the figure in PPN 006 (England) and WPPN 006 (Wales). */
export const CARBON_REDUCTION_PLAN_THRESHOLD = 5_000_000;

export type CarbonReductionPlanPolicy = {
  policy: "PPN 006" | "WPPN 006";
  /** Whether a value exactly at the threshold is in scope. */
  fromThreshold: boolean;
  /** The rule in words, with its source, for messages and explanations. */
  rule: Bilingual;
};

/**
 * The value basis is the estimated contract value a year, including VAT, averaged over the life of the contract.
 *
 * - England, PPN 006 (Cabinet Office, February 2025, para 3 and footnote 5; the Procurement Act 2023 counts values
 *   including VAT, where PPN 06/21 under the PCR 2015 counted them without): in-scope organisations apply it to
 *   contracts with an estimated value *above* £5 million a year, so exactly £5,000,000 is not in scope. Para 4 puts
 *   frameworks and dynamic markets in scope where a single call-off may exceed it.
 * - Wales, WPPN 006 (Welsh Government, February 2025): carries over WPPN 06/21 para 1.2 unchanged in policy — mandatory
 *   for Welsh Government contracts valued at £5 million *or more* — and is good practice for the wider Welsh public
 *   sector. The £5 million is read on the same basis as in England, including VAT, as the Procurement Act 2023's
 *   own thresholds are (the wording checked, WPPN 06/21 para 1.2, names no VAT basis of its own).
 * - Scotland and Northern Ireland have no such rule: there the gate is the buyer's choice.
 */
export function carbonReductionPlanPolicy(nation: Nation): CarbonReductionPlanPolicy | null {
  if (nation === "england") {
    return {
      policy: "PPN 006",
      fromThreshold: false,
      rule: {
        en: "PPN 006 (para 3) makes a Carbon Reduction Plan a condition of participation for contracts with an estimated value above £5 million a year, including VAT.",
        cy: "Mae PPN 006 (paragraff 3) yn gwneud Cynllun Lleihau Carbon yn amod cymryd rhan ar gyfer contractau ag amcangyfrif o werth uwchlaw £5 miliwn y flwyddyn, gan gynnwys TAW.",
      },
    };
  }
  if (nation === "wales") {
    return {
      policy: "WPPN 006",
      fromThreshold: true,
      rule: {
        en: "WPPN 006 makes a Carbon Reduction Plan a condition of participation for Welsh Government contracts valued at £5 million a year or more, including VAT.",
        cy: "Mae WPPN 006 yn gwneud Cynllun Lleihau Carbon yn amod cymryd rhan ar gyfer contractau Llywodraeth Cymru gwerth £5 miliwn y flwyddyn neu fwy, gan gynnwys TAW.",
      },
    };
  }
  return null;
}

/** Whether a Carbon Reduction Plan must be a condition of participation at this value (see the policy above). */
export function isCarbonReductionPlanMandatory(nation: Nation, annualValue: number): boolean {
  const policy = carbonReductionPlanPolicy(nation);
  if (!policy) return false;
  return policy.fromThreshold ? annualValue >= CARBON_REDUCTION_PLAN_THRESHOLD : annualValue > CARBON_REDUCTION_PLAN_THRESHOLD;
}
