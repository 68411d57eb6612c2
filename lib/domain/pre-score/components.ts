import type { CarbonReductionPlan } from "../case/carbon-reduction-plan-schema";
import type { SupplierEvidence } from "../case/evidence-schema";
import type { CarbonReductionPlanCheck } from "../carbon-reduction-plan";
import { formatNumber } from "../number-text";
import { problem, type Bilingual, type Problem, type ProblemParams } from "../text";

/** What a pre-score method may look at: only evidence that earns credit on the assessment date. */
export type PreScoreContext = {
  evidence: SupplierEvidence;
  plan: CarbonReductionPlan | undefined;
  planCheck: CarbonReductionPlanCheck;
};

/** One strand of a pre-score: its share of the whole, how strong it is (0..1), and why. */
export type Component = { share: number; value: number; reason: Problem };

export type Strength = { strength: number; reasons: Problem[] };

export function component(share: number, value: number, code: string, message: Bilingual, params?: ProblemParams): Component {
  return { share, value: Math.min(1, Math.max(0, value)), reason: problem(`PRESCORE.${code}`, message, params ? { params } : {}) };
}

/** Shares within a method add up to 1, so the weighted sum is itself a strength from 0 to 1. */
export function combine(components: readonly Component[]): Strength {
  const strength = components.reduce((sum, c) => sum + c.share * c.value, 0);
  return { strength: Math.min(1, Math.max(0, strength)), reasons: components.map((c) => c.reason) };
}

/** A yes/no strand: full credit when the supplier says yes, none otherwise. */
export function yesNo(share: number, present: boolean | undefined, code: string, yes: Bilingual, no: Bilingual): Component {
  return present ? component(share, 1, code, yes) : component(share, 0, `NO_${code}`, no);
}

export function percentText(value: number): string {
  return `${formatNumber(value, 1)}%`;
}
