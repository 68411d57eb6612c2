// A pass/fail condition of participation is declared by the supplier: "yes, we meet it" records a pass, "no" a
// fail. The rules engine reads the result from the response's gateResults, keyed by the condition's id.

export type ConditionAnswer = "yes" | "no";
export type GateResult = "pass" | "fail";

export function gateResultOf(answer: ConditionAnswer): GateResult {
  return answer === "yes" ? "pass" : "fail";
}

export function conditionAnswerOf(result: GateResult | undefined): ConditionAnswer | undefined {
  return result === undefined ? undefined : result === "pass" ? "yes" : "no";
}

/** The first condition, in the buyer's order, with no declaration in the response; undefined when all are answered. */
export function firstUnansweredCondition<T extends { id: string }>(conditions: readonly T[], gateResults: Readonly<Record<string, GateResult>> | undefined): T | undefined {
  return conditions.find((condition) => gateResults?.[condition.id] === undefined);
}

/**
 * The response's gate results after a declaration: the new answers over the old, keeping only conditions the
 * assessment still has. Undefined names the first answer for a condition the assessment does not have.
 */
export function declareConditions(conditionIds: readonly string[], before: Readonly<Record<string, GateResult>> | undefined, answers: Readonly<Record<string, GateResult>>): { gateResults: Record<string, GateResult> } | { unknown: string } {
  const known = new Set(conditionIds);
  const unknown = Object.keys(answers).find((id) => !known.has(id));
  if (unknown !== undefined) return { unknown };
  const merged = { ...before, ...answers };
  return { gateResults: Object.fromEntries(conditionIds.filter((id) => merged[id] !== undefined).map((id) => [id, merged[id]])) };
}
