import { compare, exact, sum, toNumber } from "./exact";
import { formatNumber } from "./number-text";
import { problem, type Problem } from "./text";

/**
 * Weights are whole percentages totalling exactly 100, so a buyer's published weighting is what the
 * totals use, with no hidden rescaling.
 */
export function checkWeights(
  weights: readonly { id: string; weight: number }[],
  path: (string | number)[],
  scenario?: string,
): Problem[] {
  const problems: Problem[] = [];
  const inScenario = scenario ? { en: ` in what-if "${scenario}"`, cy: ` yn y senario "${scenario}"` } : { en: "", cy: "" };
  weights.forEach(({ id, weight }, index) => {
    if (Number.isInteger(weight) && weight >= 0) return;
    problems.push(problem("CONFIG.WEIGHT_NOT_WHOLE", {
      en: `The weight for ${id}${inScenario.en} must be a whole number from 0 to 100; it is ${weight}.`,
      cy: `Rhaid i’r pwysoliad ar gyfer ${id}${inScenario.cy} fod yn rhif cyfan o 0 i 100; ${weight} ydyw.`,
    }, { path: scenario ? [...path, id] : [...path, index, "weight"], params: { criterionId: id, weight } }));
  });
  // Exact, so weights of 33.3, 33.3 and 33.4 total 100 and the message never reads 100.00000000000001.
  const exactTotal = sum(weights.map(({ weight }) => exact(weight)));
  if (weights.length > 0 && compare(exactTotal, exact(100)) !== 0) {
    const total = formatNumber(toNumber(exactTotal));
    problems.push(problem("CONFIG.WEIGHTS_TOTAL", {
      en: `Weights${inScenario.en} must total 100; they total ${total}.`,
      cy: `Rhaid i’r pwysoliadau${inScenario.cy} fod yn 100 i gyd; ${total} yw’r cyfanswm.`,
    }, { path, params: { total: Number(total) } }));
  }
  return problems;
}

/**
 * Splits a weight given to a whole business rule across its criteria as whole numbers, largest
 * remainder first (earlier criteria win ties), so the parts always add back to the rule's weight.
 */
export function splitRuleWeight(ruleWeight: number, criterionCount: number): number[] {
  if (criterionCount <= 0) return [];
  const base = Math.floor(ruleWeight / criterionCount);
  const remainder = ruleWeight - base * criterionCount;
  return Array.from({ length: criterionCount }, (_, index) => base + (index < remainder ? 1 : 0));
}

/** Checks what-if weight changes: each names a criterion of the assessment, and the result is a valid set. */
export function checkWeightChanges(
  criteria: readonly { id: string; weight: number }[],
  changes: Readonly<Record<string, number>>,
  scenario: string,
  path: (string | number)[],
): { weights: { id: string; weight: number }[]; problems: Problem[] } {
  const known = new Set(criteria.map((c) => c.id));
  const unknown = Object.keys(changes).filter((id) => !known.has(id)).sort();
  const problems: Problem[] = unknown.map((id) => problem("CONFIG.WHAT_IF_UNKNOWN_CRITERION", {
    en: `What-if "${scenario}" gives a weight for ${id}, which is not a criterion of this assessment.`,
    cy: `Mae’r senario "${scenario}" yn rhoi pwysoliad ar gyfer ${id}, nad yw’n un o feini prawf yr asesiad hwn.`,
  }, { path: [...path, id], params: { scenario, criterionId: id } }));
  const weights = criteria.map((c) => ({ id: c.id, weight: changes[c.id] ?? c.weight }));
  return { weights, problems: [...problems, ...checkWeights(weights, path, scenario)] };
}
