import { resolveCriteria } from "../assessment-criteria";
import { isCarbonReductionPlanMandatory } from "../carbon-reduction-plan-mandatory";
import { validateAssessmentConfig } from "../config-checks";
import { getFramework } from "../framework/registry";
import type { ConsensusScore, EvaluatorScoreEntry } from "../moderation";
import { roundNumber } from "../exact";
import { computeResults, type ScoringResult } from "../results";
import type { Problem } from "../text";
import { whatIf } from "../what-if";
import { assessSupplierEvidence } from "./assess-supplier";
import { assessmentCaseSchema, type AssessmentCase, type EvaluatorScore } from "./case-schema";
import { checkCaseReferences } from "./cross-checks";
import { problemsFromZodIssues } from "./input-problems";
import { isRecord, plainEvaluatorScore } from "./plain-score";
import type { AssessmentResult } from "./result-schema";

export type AssessOutcome = { ok: true; result: AssessmentResult; scoring: ScoringResult } | { ok: false; problems: Problem[] };

/** Parses and checks a case; every problem found, with its JSON path, or the parsed case. */
export function parseAssessmentCase(input: unknown): { ok: true; value: AssessmentCase } | { ok: false; problems: Problem[] } {
  const value = parseCaseShape(input);
  if (!value.ok) return value;
  const problems = [
    ...validateAssessmentConfig(value.value.assessment).map((p) => ({ ...p, path: ["assessment", ...(p.path ?? [])] })),
    ...checkCaseReferences(value.value),
  ];
  return problems.length > 0 ? { ok: false, problems } : value;
}

/**
 * The case checked against its schema. Tens of thousands of evaluators' scores are each checked by hand against
 * the same rules (`plainEvaluatorScore`), and the rest by zod; a case with any score that is not plainly valid is
 * checked whole by zod, so every problem is reported exactly as zod words it.
 */
function parseCaseShape(input: unknown): { ok: true; value: AssessmentCase } | { ok: false; problems: Problem[] } {
  const record = isRecord(input) ? input : null;
  const scores = record?.scores;
  const plain = record !== null && Array.isArray(scores) && scores.every(plainEvaluatorScore);
  // reportInput lets a missing value be told apart from a wrong one.
  const parsed = assessmentCaseSchema.safeParse(plain ? { ...record, scores: [] } : input, { reportInput: true });
  if (!parsed.success) return { ok: false, problems: problemsFromZodIssues(parsed.error.issues) };
  return { ok: true, value: plain ? { ...parsed.data, scores: scores as EvaluatorScore[] } : parsed.data };
}

/** The whole assessment, from a case as `npm run assess` reads it to the result the web app shows. */
export function assessCase(input: unknown): AssessOutcome {
  const parsed = parseAssessmentCase(input);
  return parsed.ok ? assessParsedCase(parsed.value) : parsed;
}

/** The rules engine proper, on a case `parseAssessmentCase` has already checked: nothing is parsed again. */
export function assessParsedCase(value: AssessmentCase): Extract<AssessOutcome, { ok: true }> {
  const { assessment: config, suppliers } = value;
  const framework = getFramework(config.framework.id, config.framework.version)!;
  const criteria = resolveCriteria(config, framework);

  const { scoresOf, consensusOf } = cellsBySupplier(value, criteria);
  const findings = new Map(suppliers.map((supplier) => [supplier.id, assessSupplierEvidence(supplier, config, criteria)]));
  const scoring = computeResults({
    criteria,
    scale: config.scale,
    divergenceThreshold: config.divergenceThreshold,
    suppliers: suppliers.map((supplier, row) => {
      const found = findings.get(supplier.id)!;
      return {
        supplierId: supplier.id,
        gateFailures: found.gateFailures,
        gatesPending: found.gatesPending,
        expectedEvaluators: config.evaluators.filter((e) => !e.conflictsOfInterest.includes(supplier.id)).map((e) => e.id).sort(),
        scores: scoresOf[row],
        consensus: consensusOf[row],
      };
    }),
  });

  const names = new Map(suppliers.map((s) => [s.id, s.name]));
  const supplierResults = scoring.suppliers.map((standing) => {
    const { gateFailures: _failures, gatesPending: _pending, ...found } = findings.get(standing.supplierId)!;
    return {
      supplierId: standing.supplierId,
      name: names.get(standing.supplierId)!,
      status: standing.status,
      rank: standing.rank,
      total: standing.total,
      exclusionReasons: standing.exclusionReasons,
      incompleteReasons: standing.incompleteReasons,
      ruleSubtotals: standing.ruleSubtotals,
      ...found,
      criteria: standing.criteria,
    };
  });
  const listed = (status: "excluded" | "incomplete") =>
    supplierResults
      .filter((s) => s.status === status)
      .map((s) => ({ supplierId: s.supplierId, name: s.name, reasons: status === "excluded" ? s.exclusionReasons : s.incompleteReasons }));

  const result: AssessmentResult = {
    assessment: {
      id: config.id,
      framework: { id: framework.id, version: framework.version },
      assessmentDate: config.assessmentDate,
      nation: config.buyer.nation,
      annualContractValue: config.buyer.annualContractValue,
      carbonReductionPlanMandatory: isCarbonReductionPlanMandatory(config.buyer.nation, config.buyer.annualContractValue),
      divergenceThreshold: config.divergenceThreshold,
      scale: { low: config.scale.points[0].value, high: config.scale.points[config.scale.points.length - 1].value },
    },
    ranking: scoring.ranking,
    excluded: listed("excluded"),
    incomplete: listed("incomplete"),
    leaderSensitivity: scoring.leaderSensitivity,
    // Scenario weights were checked with the configuration, so every outcome here is ok.
    whatIf: config.whatIf.flatMap((scenario) => {
      const outcome = whatIf(scoring, scenario.weights, scenario.name);
      return outcome.ok ? [{ name: scenario.name, weights: outcome.weights, ranking: outcome.ranking, leaderSensitivity: outcome.leaderSensitivity }] : [];
    }),
    suppliers: supplierResults,
  };
  return { ok: true, result, scoring };
}

/**
 * Each supplier's scores and consensus scores by criterion, found by position, so the work grows with the number of
 * scores. A validated case names only its own suppliers and criteria. Scores come grouped by supplier and criterion
 * (as the database gives them), so each id is looked up only when it changes.
 */
function cellsBySupplier(value: AssessmentCase, criteria: readonly { id: string }[]) {
  const supplierAt = new Map(value.suppliers.map((supplier, index) => [supplier.id, index]));
  const criterionAt = new Map(criteria.map((criterion, index) => [criterion.id, index]));
  const width = criteria.length;
  // Each score's cell, then each cell's list made at its size (pushing would give every list room for 17).
  const cells = new Int32Array(value.scores.length);
  const sizes = new Int32Array(value.suppliers.length * width);
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
  const lists: EvaluatorScoreEntry[][] = new Array(sizes.length);
  for (let cell = 0; cell < sizes.length; cell++) lists[cell] = new Array<EvaluatorScoreEntry>(sizes[cell]);
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

/**
 * An evaluator's score as the results list it. A few evaluators giving a few whole scores make tens of thousands of
 * entries alike: each is made once and shared (frozen, so that none can change another's).
 */
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
