import type { ConsensusScore, EvaluatorScoreEntry } from "../moderation";
import type { AssessmentCase } from "./case-schema";

/**
 * Each supplier's scores and consensus scores by criterion, found by position, so the work grows with the number of
 * scores. A validated case names only its own suppliers and criteria. Scores come grouped by supplier and criterion
 * (as the database gives them), so each id is looked up only when it changes.
 *
 * A large tender holds tens of thousands of entries alike (a few evaluators giving whole scores on a small scale):
 * each is made once and shared, frozen so that nothing can change one cell's entry through another's.
 */
export function cellsBySupplier(value: AssessmentCase, criteria: readonly { id: string }[]) {
  const supplierAt = new Map(value.suppliers.map((supplier, index) => [supplier.id, index]));
  const criterionAt = new Map(criteria.map((criterion, index) => [criterion.id, index]));
  const width = criteria.length;
  const cellCount = value.suppliers.length * width;
  // Each score's cell, then each cell's list made at its size (pushing would give every list room for 17).
  const cells = new Int32Array(value.scores.length);
  const sizes = new Int32Array(cellCount);
  let supplierId: string | undefined;
  let criterionId: string | undefined;
  let row: number | undefined;
  let column: number | undefined;
  value.scores.forEach((s, index) => {
    if (s.supplierId !== supplierId) row = supplierAt.get((supplierId = s.supplierId));
    if (s.criterionId !== criterionId) column = criterionAt.get((criterionId = s.criterionId));
    const cell = row === undefined || column === undefined ? -1 : row * width + column;
    cells[index] = cell;
    if (cell >= 0) sizes[cell]++;
  });
  const lists: EvaluatorScoreEntry[][] = new Array(cellCount);
  for (let cell = 0; cell < cellCount; cell++) lists[cell] = new Array<EvaluatorScoreEntry>(sizes[cell]);
  sizes.fill(0);
  const entry = sharedEntries();
  value.scores.forEach((s, index) => {
    const cell = cells[index];
    if (cell >= 0) lists[cell][sizes[cell]++] = entry(s.evaluatorId, s.score);
  });
  const scoresOf = value.suppliers.map((_, at) => lists.slice(at * width, (at + 1) * width));
  const consensusOf: (ConsensusScore | undefined)[][] = value.suppliers.map(() => []);
  for (const m of value.moderatedScores) {
    const at = supplierAt.get(m.supplierId);
    const column = criterionAt.get(m.criterionId);
    if (at === undefined || column === undefined) continue;
    const consensus: ConsensusScore = { score: m.score, rationale: m.rationale };
    if (m.moderatorId) consensus.moderatorId = m.moderatorId;
    consensusOf[at][column] = consensus;
  }
  return { scoresOf, consensusOf };
}

/** An evaluator's score as the results list it: whole scores from 0 to 100 are made once each. */
function sharedEntries() {
  const made = new Map<string, EvaluatorScoreEntry[]>();
  let lastEvaluator: string | undefined;
  let lastMade: EvaluatorScoreEntry[] = [];
  return (evaluatorId: string, score: number): EvaluatorScoreEntry => {
    if (!Number.isInteger(score) || score < 0 || score > 100) return { evaluatorId, score };
    if (evaluatorId !== lastEvaluator) {
      lastEvaluator = evaluatorId;
      let byScore = made.get(evaluatorId);
      if (!byScore) made.set(evaluatorId, (byScore = []));
      lastMade = byScore;
    }
    return (lastMade[score] ??= Object.freeze({ evaluatorId, score }));
  };
}
