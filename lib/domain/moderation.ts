import { add, compare, div, exact, quotient, sub, toNumber, ZERO, type Exact } from "./exact";
import { formatNumber } from "./number-text";
import { problem, type Problem } from "./text";

export type EvaluatorScoreEntry = { evaluatorId: string; score: number };
export type ConsensusScore = { score: number; rationale: string; moderatorId?: string };

export type ModerationStatus = "agreed" | "consensus" | "divergent" | "missing-scores";

export type CriterionModeration = {
  criterionId: string;
  /** Every individual score, kept whatever the outcome, ordered by evaluator id. */
  scores: EvaluatorScoreEntry[];
  /** Highest minus lowest individual score; null with no scores. */
  spread: number | null;
  divergent: boolean;
  consensus: ConsensusScore | null;
  /** The score that counts, or null when the criterion does not count yet. */
  agreedScore: number | null;
  status: ModerationStatus;
  /** Evaluators without a conflict of interest who have not scored yet. */
  missingEvaluators: string[];
};

/**
 * Moderation of one criterion for one supplier.
 * - A recorded consensus score (with its rationale) always counts, whatever the individual scores.
 * - Otherwise every evaluator without a conflict of interest must have scored, and the scores must
 *   differ by no more than the threshold; then the agreed score is their mean (the mean, not the
 *   median, so every evaluator's judgement moves the result).
 * - Otherwise the criterion is divergent or missing scores, and does not count.
 */
export function moderate(input: ModerationInput): CriterionModeration {
  const cell = moderateInto(newModeratedCell(), input.criterionId, input.scores, input.expectedEvaluators, input.consensus, input.threshold);
  const { agreed: _agreed, ...moderation } = cell;
  return moderation;
}

export type ModerationInput = {
  criterionId: string;
  /** The cell's scores: the moderation keeps this list as its own, put in evaluator order. */
  scores: EvaluatorScoreEntry[];
  expectedEvaluators: readonly string[];
  consensus?: ConsensusScore;
  threshold: number;
};

/** A cell moderated, with the score that counts as an exact fraction for totals (`agreedScore` is only its nearest double). */
export type ModeratedCell = CriterionModeration & { agreed: Exact | null };

// Nearly every cell of a scored tender has nobody missing: they share one list, frozen so that none can change it.
const NOBODY_MISSING: string[] = Object.freeze([]) as unknown as string[];

/** A cell to moderate into: the results of a large tender reuse one for every cell and keep only what they show. */
export const newModeratedCell = (): ModeratedCell => ({
  criterionId: "",
  scores: [],
  spread: null,
  divergent: false,
  consensus: null,
  missingEvaluators: NOBODY_MISSING,
  agreedScore: null,
  status: "missing-scores",
  agreed: null,
});

/**
 * `moderate`, written into `cell` (every field of it) and given back, without a new object made for the cell: a
 * tender of 300 suppliers and 60 criteria has 18,000 of them.
 */
export function moderateInto(
  cell: ModeratedCell,
  criterionId: string,
  cellScores: EvaluatorScoreEntry[],
  expectedEvaluators: readonly string[],
  recordedConsensus: ConsensusScore | undefined,
  threshold: number,
): ModeratedCell {
  const scores = byEvaluator(cellScores);
  // A handful of evaluators: a linear search beats building a set for every cell.
  let missingEvaluators = NOBODY_MISSING;
  for (const id of expectedEvaluators) {
    if (hasScored(scores, id)) continue;
    if (missingEvaluators === NOBODY_MISSING) missingEvaluators = [];
    missingEvaluators.push(id);
  }
  if (missingEvaluators.length > 1) missingEvaluators.sort();
  const spread = spreadOf(scores);
  // Exact: a spread equal to the threshold (0.3 − 0.1 against 0.2) is never tipped into divergence by rounding.
  const divergent = spread !== null && compare(spread, exact(threshold)) > 0;
  const consensus = recordedConsensus ?? null;
  const status: ModerationStatus = consensus
    ? "consensus"
    : scores.length === 0 || missingEvaluators.length > 0
      ? "missing-scores"
      : divergent
        ? "divergent"
        : "agreed";
  const agreed = consensus ? exact(consensus.score) : status === "agreed" ? meanOf(scores) : null;
  cell.criterionId = criterionId;
  cell.scores = scores;
  cell.spread = spread === null ? null : toNumber(spread);
  cell.divergent = divergent;
  cell.consensus = consensus;
  cell.missingEvaluators = missingEvaluators;
  cell.agreedScore = consensus ? consensus.score : agreed === null ? null : toNumber(agreed);
  cell.status = status;
  cell.agreed = agreed;
  return cell;
}

/** Highest minus lowest score, exactly; null with no scores. Whole scores (nearly all) are compared as numbers. */
function spreadOf(scores: readonly EvaluatorScoreEntry[]): Exact | null {
  if (scores.length === 0) return null;
  if (allWhole(scores)) {
    let lowest = scores[0].score;
    let highest = lowest;
    for (const { score } of scores) {
      if (score < lowest) lowest = score;
      if (score > highest) highest = score;
    }
    return exact(highest - lowest);
  }
  let lowest = exact(scores[0].score);
  let highest = lowest;
  for (const entry of scores) {
    const value = exact(entry.score);
    if (compare(value, lowest) < 0) lowest = value;
    if (compare(value, highest) > 0) highest = value;
  }
  return sub(highest, lowest);
}

/** The mean score, exactly; null with no scores. Whole scores are added as numbers, exact while the sum is safe. */
function meanOf(scores: readonly EvaluatorScoreEntry[]): Exact | null {
  if (scores.length === 0) return null;
  if (allWhole(scores)) {
    let total = 0;
    for (const { score } of scores) total += score;
    if (Number.isSafeInteger(total)) return quotient(total, scores.length);
  }
  let total = ZERO;
  for (const entry of scores) total = add(total, exact(entry.score));
  return div(total, exact(scores.length));
}

function allWhole(scores: readonly EvaluatorScoreEntry[]): boolean {
  for (const { score } of scores) if (!Number.isSafeInteger(score)) return false;
  return true;
}

function hasScored(scores: readonly EvaluatorScoreEntry[], evaluatorId: string): boolean {
  for (const entry of scores) if (entry.evaluatorId === evaluatorId) return true;
  return false;
}

/** The list put in evaluator order, in place (it is usually in order already, as the database gives it). */
function byEvaluator(scores: EvaluatorScoreEntry[]): EvaluatorScoreEntry[] {
  for (let i = 1; i < scores.length; i++) {
    if (scores[i - 1].evaluatorId > scores[i].evaluatorId) return scores.sort((a, b) => (a.evaluatorId < b.evaluatorId ? -1 : a.evaluatorId > b.evaluatorId ? 1 : 0));
  }
  return scores;
}

/**
 * The agreed score as an exact fraction (the consensus, or the exact mean of the scores), for totals: the number in
 * `agreedScore` is only the nearest double, good for a chart, not for adding up.
 */
export function exactAgreedScore(moderation: CriterionModeration): Exact | null {
  if (moderation.agreedScore === null) return null;
  if (moderation.consensus) return exact(moderation.consensus.score);
  return meanOf(moderation.scores);
}

/** Why a criterion does not count yet, in words for the evaluators. */
export function incompleteReason(moderation: CriterionModeration, threshold: number): Problem | null {
  const { criterionId, status } = moderation;
  const path = ["criteria", criterionId];
  if (status === "divergent") {
    // Shown as the page shows it: a spread of 0.3 − 0.1 reads 0.2, never 0.19999999999999998.
    const spread = formatNumber(moderation.spread ?? 0);
    const allowed = formatNumber(threshold);
    return problem("SCORING.DIVERGENT_UNMODERATED", {
      en: `Evaluators' scores for ${criterionId} differ by ${spread}, more than the allowed ${allowed}; record a consensus score with a rationale.`,
      cy: `Mae sgorau’r gwerthuswyr ar gyfer ${criterionId} yn amrywio o ${spread}, mwy na’r ${allowed} a ganiateir; cofnodwch sgôr consensws gyda rhesymeg.`,
    }, { path, params: { criterionId, spread: Number(spread), threshold } });
  }
  if (status !== "missing-scores") return null;
  if (moderation.missingEvaluators.length === 0) {
    return problem("SCORING.NO_ELIGIBLE_EVALUATOR", {
      en: `No evaluator without a conflict of interest can score ${criterionId}; record a moderated score with a rationale.`,
      cy: `Nid oes gwerthuswr heb wrthdaro buddiannau a all sgorio ${criterionId}; cofnodwch sgôr wedi’i gymedroli gyda rhesymeg.`,
    }, { path, params: { criterionId } });
  }
  const who = moderation.missingEvaluators.join(", ");
  return problem("SCORING.SCORES_MISSING", {
    en: `Scores for ${criterionId} are missing from: ${who}.`,
    cy: `Mae sgorau ar gyfer ${criterionId} ar goll gan: ${who}.`,
  }, { path, params: { criterionId, evaluators: who } });
}
