import { resolveCriteria } from "../assessment-criteria";
import { isCarbonReductionPlanMandatory } from "../carbon-reduction-plan-mandatory";
import { validateAssessmentConfig } from "../config-checks";
import { getFramework } from "../framework/registry";
import { roundNumber } from "../exact";
import { computeResults, type ScoringResult } from "../results";
import type { Problem } from "../text";
import { whatIf } from "../what-if";
import { assessSupplierEvidence } from "./assess-supplier";
import { assessmentCaseSchema, type AssessmentCase, type EvaluatorScore } from "./case-schema";
import { checkCaseReferences } from "./cross-checks";
import { problemsFromZodIssues } from "./input-problems";
import { cellsBySupplier } from "./score-cells";
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
