import { resolveCriteria } from "../assessment-criteria";
import { isCarbonReductionPlanMandatory } from "../carbon-reduction-plan-mandatory";
import { validateAssessmentConfig } from "../config-checks";
import { getFramework } from "../framework/registry";
import { moderate, type ConsensusScore, type EvaluatorScoreEntry } from "../moderation";
import { exact, round } from "../exact";
import { computeResults, type ScoringResult } from "../results";
import type { Problem } from "../text";
import { whatIf } from "../what-if";
import { assessSupplierEvidence } from "./assess-supplier";
import { assessmentCaseSchema, type AssessmentCase } from "./case-schema";
import { checkCaseReferences } from "./cross-checks";
import { problemsFromZodIssues } from "./input-problems";
import type { AssessmentResult } from "./result-schema";

export type AssessOutcome = { ok: true; result: AssessmentResult; scoring: ScoringResult } | { ok: false; problems: Problem[] };

/** Parses and checks a case; every problem found, with its JSON path, or the parsed case. */
export function parseAssessmentCase(input: unknown): { ok: true; value: AssessmentCase } | { ok: false; problems: Problem[] } {
  // reportInput lets a missing value be told apart from a wrong one.
  const parsed = assessmentCaseSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) return { ok: false, problems: problemsFromZodIssues(parsed.error.issues) };
  const value = parsed.data;
  const problems = [
    ...validateAssessmentConfig(value.assessment).map((p) => ({ ...p, path: ["assessment", ...(p.path ?? [])] })),
    ...checkCaseReferences(value),
  ];
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value };
}

const key = (supplierId: string, criterionId: string) => `${supplierId}\u0000${criterionId}`;

/** The whole assessment, from a case as `npm run assess` reads it to the result the web app shows. */
export function assessCase(input: unknown): AssessOutcome {
  const parsed = parseAssessmentCase(input);
  if (!parsed.ok) return parsed;
  const { assessment: config, suppliers } = parsed.value;
  const framework = getFramework(config.framework.id, config.framework.version)!;
  const criteria = resolveCriteria(config, framework);

  // Group once by supplier then criterion, so the work grows with the number of scores.
  const scoresByCell = new Map<string, Map<string, EvaluatorScoreEntry[]>>();
  for (const s of parsed.value.scores) {
    const bySupplier = scoresByCell.get(s.supplierId) ?? new Map<string, EvaluatorScoreEntry[]>();
    scoresByCell.set(s.supplierId, bySupplier);
    const list = bySupplier.get(s.criterionId) ?? [];
    bySupplier.set(s.criterionId, list);
    list.push({ evaluatorId: s.evaluatorId, score: s.score });
  }
  const consensusByCell = new Map<string, ConsensusScore>();
  for (const m of parsed.value.moderatedScores) {
    const consensus: ConsensusScore = { score: m.score, rationale: m.rationale };
    if (m.moderatorId) consensus.moderatorId = m.moderatorId;
    consensusByCell.set(key(m.supplierId, m.criterionId), consensus);
  }

  const findings = new Map(suppliers.map((supplier) => [supplier.id, assessSupplierEvidence(supplier, config, criteria)]));
  const scoring = computeResults({
    criteria,
    scale: config.scale,
    divergenceThreshold: config.divergenceThreshold,
    suppliers: suppliers.map((supplier) => {
      const expected = config.evaluators.filter((e) => !e.conflictsOfInterest.includes(supplier.id)).map((e) => e.id).sort();
      const found = findings.get(supplier.id)!;
      return {
        supplierId: supplier.id,
        gateFailures: found.gateFailures,
        gatesPending: found.gatesPending,
        moderation: criteria.map((criterion) =>
          moderate({
            criterionId: criterion.id,
            scores: scoresByCell.get(supplier.id)?.get(criterion.id) ?? [],
            expectedEvaluators: expected,
            consensus: consensusByCell.get(key(supplier.id, criterion.id)),
            threshold: config.divergenceThreshold,
          }),
        ),
      };
    }),
  });

  const names = new Map(suppliers.map((s) => [s.id, s.name]));
  // Rounded half up once from the figure the engine holds: scores and spreads to two decimals, as pages, exports
  // and messages print them (a mean of 7/3 is 2.33 everywhere); normalised scores to four, for charts.
  const presentNumber = (value: number | null, decimals = 2) => (value === null ? null : round(exact(value), decimals));
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
      criteria: standing.criteria.map((c) => ({
        ...c,
        spread: presentNumber(c.spread),
        agreedScore: presentNumber(c.agreedScore),
        normalisedScore: presentNumber(c.normalisedScore, 4),
      })),
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
