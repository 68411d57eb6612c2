import type { Scale } from "../case/case-schema";
import { roundNumber } from "../exact";
import type { PreScoreMethod } from "../framework/types";
import type { Problem } from "../text";
import type { PreScoreContext, Strength } from "./components";
import { circularDesign, refurbishedRemanufactured, zeroLandfill, zeroWasteTargets } from "./rule-2";
import { mitigationAdaptation, netZeroCommitment, roadmapProgress } from "./rule-1";
import { highRiskMapping, modernSlavery, reportingResilience, supplyChainData } from "./rule-3";
import { nearestScalePoint } from "./scale-mapping";

const methods: Readonly<Record<PreScoreMethod, (context: PreScoreContext) => Strength>> = {
  "br1-net-zero-commitment": netZeroCommitment,
  "br1-mitigation-adaptation": mitigationAdaptation,
  "br1-roadmap-progress": roadmapProgress,
  "br2-zero-landfill": zeroLandfill,
  "br2-circular-design": circularDesign,
  "br2-zero-waste-targets": zeroWasteTargets,
  "br2-refurbished-remanufactured": refurbishedRemanufactured,
  "br3-supply-chain-data": supplyChainData,
  "br3-modern-slavery": modernSlavery,
  "br3-high-risk-mapping": highRiskMapping,
  "br3-reporting-resilience": reportingResilience,
};

/** A suggestion for the specialist to confirm or change with a justification; never a final score. */
export type PreScore = {
  criterionId: string;
  method: PreScoreMethod;
  /** 0..1 before mapping to the scale, to three decimals. */
  strength: number;
  suggestedScore: number;
  reasons: Problem[];
};

export function preScore(
  criterion: { id: string; preScoreMethod: PreScoreMethod },
  context: PreScoreContext,
  scale: Scale,
): PreScore {
  const { strength, reasons } = methods[criterion.preScoreMethod](context);
  return {
    criterionId: criterion.id,
    method: criterion.preScoreMethod,
    strength: roundNumber(strength, 3),
    suggestedScore: nearestScalePoint(strength, scale),
    reasons,
  };
}
