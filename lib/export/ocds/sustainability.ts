import { gateKinds, ruleNames, ruleOrder } from "../labels";
import type { Bilingual, BusinessRuleKey } from "../model";

/**
 * What the procurement pursues, in the OCDS sustainability extension's terms: each business rule of the Greening
 * Government ICT strategy maps to a goal of `sustainabilityGoal.csv`, pursued by the means of
 * `sustainabilityStrategy.csv` the assessment uses — award criteria (a weighted criterion of that rule) and
 * selection criteria (the Carbon Reduction Plan as a condition of participation, for climate change mitigation).
 * Contract performance conditions (e.g. the PPN 01/24 Carbon Reduction Contract Schedule) are not recorded by the
 * service, so that strategy is never claimed.
 */

export type SustainabilityStrategy = "awardCriteria" | "selectionCriteria" | "contractPerformanceConditions";
export type SustainabilityGoal = { goal: string; strategies: SustainabilityStrategy[]; description: Bilingual };

const goalOfRule: Record<BusinessRuleKey, string | null> = {
  BR1: "environmental.climateChangeMitigation",
  BR2: "environmental.circularEconomy",
  BR3: "social.humanRightsInSupplyChains",
  // Outcomes a buyer adds (footprint, design, end of life, training) are environmental without one narrower goal.
  OUTCOME: "environmental",
  OTHER: null,
};

export function sustainabilityGoals(criteria: readonly { rule: BusinessRuleKey; weight: number }[], carbonReductionPlanRequired: boolean): SustainabilityGoal[] {
  const goals = new Map<string, { strategies: Set<SustainabilityStrategy>; parts: Bilingual[] }>();
  const entry = (goal: string) => {
    if (!goals.has(goal)) goals.set(goal, { strategies: new Set(), parts: [] });
    return goals.get(goal)!;
  };
  for (const rule of ruleOrder) {
    const goal = goalOfRule[rule];
    if (!goal || !criteria.some((criterion) => criterion.rule === rule && criterion.weight > 0)) continue;
    const found = entry(goal);
    found.strategies.add("awardCriteria");
    found.parts.push(ruleNames[rule]);
  }
  if (carbonReductionPlanRequired) {
    const found = entry(goalOfRule.BR1!);
    found.strategies.add("selectionCriteria");
    found.parts.push(gateKinds["carbon-reduction-plan"]);
  }
  const order: SustainabilityStrategy[] = ["awardCriteria", "selectionCriteria", "contractPerformanceConditions"];
  return [...goals].map(([goal, { strategies, parts }]) => ({
    goal,
    strategies: order.filter((strategy) => strategies.has(strategy)),
    description: { en: parts.map((part) => part.en).join("; "), cy: parts.map((part) => part.cy).join("; ") },
  }));
}
