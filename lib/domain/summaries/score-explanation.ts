/**
 * Why a tender got its agreed score on one criterion, in the evaluators' own words: what the regulations ask an
 * assessment summary to give ("the score … explained by reference to the tender").
 * - Moderated: the consensus rationale, which is what decided the score.
 * - Otherwise: the justifications of the evaluators whose scores were counted (a conflicted evaluator's are not),
 *   each text once and in the order given.
 * The automated pre-score is never the explanation: it is shown apart, as supporting evidence.
 */
export type ScoreExplanation =
  | { kind: "consensus"; rationale: string }
  | { kind: "evaluators"; justifications: string[] }
  | { kind: "none" };

export type EvaluatorJustification = { evaluatorId: string; justification: string };

export function explainScore(
  criterion: { consensus: { rationale: string } | null; scores: readonly { evaluatorId: string }[] },
  justifications: readonly EvaluatorJustification[],
): ScoreExplanation {
  const rationale = criterion.consensus?.rationale.trim();
  if (rationale) return { kind: "consensus", rationale };
  const counted = new Set(criterion.scores.map((score) => score.evaluatorId));
  const texts: string[] = [];
  for (const entry of justifications) {
    const text = entry.justification.trim();
    if (counted.has(entry.evaluatorId) && text && !texts.includes(text)) texts.push(text);
  }
  return texts.length > 0 ? { kind: "evaluators", justifications: texts } : { kind: "none" };
}
