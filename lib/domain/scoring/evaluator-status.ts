// Where one evaluator stands with one supplier's response, and what follows from it. Pure, so it is unit-tested.

export type ConflictDecision = "allowed" | "excluded";
export type Declaration = { hasConflict: boolean; decision: ConflictDecision | null };

/**
 * - declare-conflict: nothing declared yet; the response stays hidden until the evaluator declares.
 * - conflict-pending: a conflict was declared and the officer has not decided; scoring that supplier is blocked.
 * - excluded: the officer excluded the evaluator from that supplier; they are not expected to score it.
 * - score: may see the response and score it.
 * - submitted: scores submitted (all criteria at once); the other evaluators' scores can be seen.
 */
export type EvaluatorStatus = "declare-conflict" | "conflict-pending" | "excluded" | "score" | "submitted";

/** Scores are only ever written all at once, on submission, so any score of the evaluator means "submitted". */
export function evaluatorStatus(declaration: Declaration | null, scoresSubmitted: number): EvaluatorStatus {
  if (!declaration) return "declare-conflict";
  if (declaration.hasConflict && declaration.decision === null) return "conflict-pending";
  if (declaration.hasConflict && declaration.decision === "excluded") return "excluded";
  return scoresSubmitted > 0 ? "submitted" : "score";
}

/** The supplier's answers and evidence are shown only to an evaluator free to score it (or who already has). */
export function maySeeResponse(status: EvaluatorStatus): boolean {
  return status === "score" || status === "submitted";
}

/** Independence: the other evaluators' scores are shown only once one's own are submitted. */
export function maySeeOthersScores(status: EvaluatorStatus): boolean {
  return status === "submitted";
}

/**
 * The suppliers each evaluator is not expected to score, for the rules engine's `evaluators[].conflictsOfInterest`.
 * Only an officer's decision to exclude removes an evaluator; a conflict awaiting a decision keeps the supplier's
 * scores incomplete, so that the officer decides before results count.
 */
export function conflictsOfInterest(
  evaluatorIds: readonly string[],
  declarations: readonly (Declaration & { evaluatorId: string; supplierId: string })[],
): { id: string; conflictsOfInterest: string[] }[] {
  return evaluatorIds.map((id) => ({
    id,
    conflictsOfInterest: declarations
      .filter((d) => d.evaluatorId === id && d.hasConflict && d.decision === "excluded")
      .map((d) => d.supplierId)
      .sort(),
  }));
}

export type ConflictDecisionRefusal = "NO_CONFLICT" | "ALREADY_DECIDED" | "OWN_DECLARATION";

/** Whether a person may decide on a declared conflict: only a pending one, and never their own. */
export function checkConflictDecision(declaration: Declaration & { evaluatorId: string }, deciderId: string): ConflictDecisionRefusal | null {
  if (!declaration.hasConflict) return "NO_CONFLICT";
  if (declaration.decision !== null) return "ALREADY_DECIDED";
  if (declaration.evaluatorId === deciderId) return "OWN_DECLARATION";
  return null;
}

/** A criterion for the moderation list: the evaluators diverge, and either await a consensus or have one recorded. */
export function needsModeration(criterion: { divergent: boolean; status: "agreed" | "consensus" | "divergent" | "missing-scores" }): boolean {
  return criterion.status === "divergent" || (criterion.status === "consensus" && criterion.divergent);
}
