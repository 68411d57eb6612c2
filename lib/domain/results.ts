import type { Scale } from "./case/case-schema";
import { leaderSensitivity, type LeaderSensitivity, type WeightedRow } from "./leader-sensitivity";
import { add, clamp, compare, div, exact, mul, ONE, round, roundNumber, sub, toNumber, ZERO, type Exact } from "./exact";
import { exactAgreedScore, incompleteReason, moderateInto, newModeratedCell, type ConsensusScore, type CriterionModeration, type EvaluatorScoreEntry } from "./moderation";
import { formatNumber } from "./number-text";
import { byId, presentTotal, rankByTotals, type RankedSupplier } from "./ranking";
import { problem, type Problem } from "./text";

export type RuleKey = "BR1" | "BR2" | "BR3" | "OUTCOME" | "OTHER";
export const ruleOrder: readonly RuleKey[] = ["BR1", "BR2", "BR3", "OUTCOME", "OTHER"];

export type ResolvedCriterion = { id: string; weight: number; rule: RuleKey; minimumScore?: number };

export type SupplierScoringInput = {
  supplierId: string;
  /** Conditions of participation not met: the tender is not assessed further, whatever its scores. */
  gateFailures: readonly Problem[];
  /** Gates with no result recorded yet: the supplier is incomplete. */
  gatesPending: readonly Problem[];
  /** Evaluators without a conflict of interest with this supplier: each must score every criterion. */
  expectedEvaluators: readonly string[];
  /** Each criterion's evaluators' scores, in the order of `criteria` (each list is kept, put in evaluator order). */
  scores: readonly EvaluatorScoreEntry[][];
  /** Each criterion's consensus score where one is recorded, in the order of `criteria`. */
  consensus?: readonly (ConsensusScore | undefined)[];
};

/**
 * A criterion as the results show it, rounded half up once from the exact figures: the spread and the agreed score
 * to two decimals, as pages, exports and messages print them (a mean of 7/3 is 2.33 everywhere), and the score
 * normalised to 0..1 of the scale to four, for charts.
 */
export type CriterionStanding = CriterionModeration & { weight: number; normalisedScore: number | null };

export type SupplierStatus = "ranked" | "excluded" | "incomplete";

export type SupplierStanding = {
  supplierId: string;
  status: SupplierStatus;
  rank: number | null;
  /** 0–100 to two decimals; null unless ranked, so nobody is ranked on a partial or failed bid. */
  total: number | null;
  exclusionReasons: Problem[];
  incompleteReasons: Problem[];
  ruleSubtotals: { rule: RuleKey; weight: number; points: number }[];
  criteria: CriterionStanding[];
};

export type ScoringResult = {
  criteria: readonly ResolvedCriterion[];
  /** The scale the scores are on, so that what-if can work from the exact agreed scores. */
  scale: Scale;
  suppliers: SupplierStanding[];
  ranking: RankedSupplier[];
  leaderSensitivity: LeaderSensitivity | null;
};

/**
 * Totals, ranks and exclusions. A supplier is:
 * - "excluded" (the code's word; people read *disregarded* / *not assessed further*, because "excluded" is the
 *   Procurement Act 2023's word for the s.57 exclusion grounds) when it does not meet a condition of participation
 *   or scores below a criterion's minimum — never ranked, listed with reasons;
 * - otherwise incomplete when any criterion does not count yet (divergent and unmoderated, or scores
 *   missing) or a gate has no result — reported as such, never ranked with zeros;
 * - otherwise ranked on its weighted total.
 */
export function computeResults(input: {
  criteria: readonly ResolvedCriterion[];
  scale: Scale;
  divergenceThreshold: number;
  suppliers: readonly SupplierScoringInput[];
}): ScoringResult {
  const { criteria } = input;
  const weights = criteria.map((c) => c.weight);
  const ruleAt = criteria.map((c) => ruleOrder.indexOf(c.rule));
  const rows: WeightedRow[] = [];
  const totals = new Map<string, Exact>();
  const scale = scaleEnds(input.scale);
  const standings = [...input.suppliers]
    .sort((a, b) => byId(a.supplierId, b.supplierId))
    .map((supplier): SupplierStanding => {
      const { standing, normalised } = assessSupplier(supplier, criteria, scale, input.divergenceThreshold);
      if (standing.status === "ranked") {
        rows.push({ supplierId: supplier.supplierId, normalised });
        const byRule = pointsByRule(criteria, ruleAt, normalised);
        totals.set(supplier.supplierId, byRule.total);
        standing.ruleSubtotals = byRule.subtotals;
      }
      return standing;
    });
  const ranking = rankByTotals(rows.map((row) => ({ supplierId: row.supplierId, total: totals.get(row.supplierId)! })));
  const byRank = new Map(ranking.map((entry) => [entry.supplierId, entry]));
  for (const standing of standings) {
    const entry = byRank.get(standing.supplierId);
    if (entry) Object.assign(standing, { rank: entry.rank, total: entry.total });
  }
  const sensitivity = leaderSensitivity(rows, totals, ranking, criteria.map((c) => c.id), weights);
  const result: ScoringResult = { criteria, scale: input.scale, suppliers: standings, ranking, leaderSensitivity: sensitivity };
  rankedRows.set(result, rows);
  return result;
}

// The exact normalised scores behind a result, kept beside it (never in it: a result is stored as JSON), so that
// what-if scenarios on the same result do not work them out again.
const rankedRows = new WeakMap<ScoringResult, WeightedRow[]>();

/** The ranked suppliers' exact normalised scores, in criteria order. */
export function rankedNormalisedScores(results: ScoringResult): WeightedRow[] {
  const known = rankedRows.get(results);
  if (known) return known;
  return results.suppliers
    .filter((s) => s.status === "ranked")
    .map((s) => ({ supplierId: s.supplierId, normalised: exactNormalisedScores(s.criteria, results.scale) }));
}

type ScaleEnds = { low: Exact; range: Exact };

const HUNDRED = exact(100);

const scaleEnds = (scale: Scale): ScaleEnds => {
  const low = exact(scale.points[0].value);
  return { low, range: sub(exact(scale.points[scale.points.length - 1].value), low) };
};

/** Each criterion's agreed score on 0..1 of the scale, exactly: (agreed − lowest point) / (highest − lowest point). */
function normalise(agreed: Exact | null, { low, range }: ScaleEnds): Exact | null {
  if (agreed === null) return null;
  return clamp(div(low === ZERO ? agreed : sub(agreed, low), range), ZERO, ONE);
}

/** A ranked supplier's exact normalised scores, in criteria order (a criterion that does not count yet gives 0). */
export function exactNormalisedScores(criteria: readonly CriterionModeration[], scale: Scale): Exact[] {
  const ends = scaleEnds(scale);
  return criteria.map((c) => normalise(exactAgreedScore(c), ends) ?? ZERO);
}

/** One supplier's standing, with its exact normalised scores (0 where a criterion does not count yet). */
function assessSupplier(
  supplier: SupplierScoringInput,
  criteria: readonly ResolvedCriterion[],
  scale: ScaleEnds,
  threshold: number,
): { standing: SupplierStanding; normalised: Exact[] } {
  const exclusionReasons: Problem[] = [...supplier.gateFailures];
  const incompleteReasons: Problem[] = [...supplier.gatesPending];
  const normalisedScores: Exact[] = new Array(criteria.length);
  const standings: CriterionStanding[] = new Array(criteria.length);
  const moderation = newModeratedCell();
  for (let index = 0; index < criteria.length; index++) {
    const criterion = criteria[index];
    // Moderated here, each cell into the same object, and only its standing kept.
    moderateInto(moderation, criterion.id, supplier.scores[index] ?? [], supplier.expectedEvaluators, supplier.consensus?.[index], threshold);
    const { agreed } = moderation;
    const reason = incompleteReason(moderation, threshold);
    if (reason) incompleteReasons.push(reason);
    if (agreed !== null && criterion.minimumScore !== undefined && compare(agreed, exact(criterion.minimumScore)) < 0) {
      // The score as the page shows it (a mean of 7/3 reads 2.33); the comparison itself is exact.
      const score = formatNumber(toNumber(agreed));
      const minimum = formatNumber(criterion.minimumScore);
      exclusionReasons.push(problem("SCORING.BELOW_MINIMUM_SCORE", {
        en: `Scored ${score} on ${criterion.id}; the minimum is ${minimum}, so the tender is disregarded.`,
        cy: `Sgoriodd ${score} ar ${criterion.id}; yr isafswm yw ${minimum}, felly caiff y tendr ei ddiystyru.`,
      }, { path: ["criteria", criterion.id], params: { criterionId: criterion.id, score: Number(score), minimum: criterion.minimumScore } }));
    }
    const normalised = normalise(agreed, scale);
    normalisedScores[index] = normalised ?? ZERO;
    // Spelt out rather than spread: this runs for every cell of a large tender.
    standings[index] = {
      criterionId: moderation.criterionId,
      scores: moderation.scores,
      spread: moderation.spread === null ? null : roundNumber(moderation.spread, 2),
      divergent: moderation.divergent,
      consensus: moderation.consensus,
      missingEvaluators: moderation.missingEvaluators,
      agreedScore: agreed === null ? null : round(agreed, 2),
      status: moderation.status,
      weight: criterion.weight,
      normalisedScore: normalised === null ? null : round(normalised, 4),
    };
  }
  const status: SupplierStatus = exclusionReasons.length > 0 ? "excluded" : incompleteReasons.length > 0 ? "incomplete" : "ranked";
  const standing: SupplierStanding = {
    supplierId: supplier.supplierId,
    status,
    rank: null,
    total: null,
    exclusionReasons,
    incompleteReasons,
    ruleSubtotals: [],
    criteria: standings,
  };
  return { standing, normalised: normalisedScores };
}

/**
 * Points each business rule contributes to the total, out of the weight it carries, and the weighted total they add
 * up to (as weightedTotal works it out), in one pass over the criteria.
 */
function pointsByRule(criteria: readonly ResolvedCriterion[], ruleAt: readonly number[], normalised: readonly Exact[]) {
  const weight = ruleOrder.map(() => 0);
  const points = ruleOrder.map(() => ZERO);
  const used = ruleOrder.map(() => false);
  for (let index = 0; index < criteria.length; index++) {
    const at = ruleAt[index];
    used[at] = true;
    weight[at] += criteria[index].weight;
    points[at] = add(points[at], mul(exact(criteria[index].weight), normalised[index]));
  }
  const subtotals = ruleOrder.flatMap((rule, at) => (used[at] ? [{ rule, weight: weight[at], points: presentTotal(points[at]) }] : []));
  return { subtotals, total: clamp(points.reduce(add, ZERO), ZERO, HUNDRED) };
}
