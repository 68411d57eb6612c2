import type { Scale } from "./case/case-schema";
import { leaderSensitivity, type LeaderSensitivity, type WeightedRow } from "./leader-sensitivity";
import { add, clamp, compare, div, exact, mul, ONE, sub, toNumber, ZERO, type Exact } from "./exact";
import { exactAgreedScore, incompleteReason, type CriterionModeration } from "./moderation";
import { formatNumber } from "./number-text";
import { byId, presentTotal, rankByTotals, weightedTotal, type RankedSupplier } from "./ranking";
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
  /** One per criterion, in the order of `criteria`. */
  moderation: readonly CriterionModeration[];
};

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
  const rows: WeightedRow[] = [];
  const totals = new Map<string, Exact>();
  const standings = [...input.suppliers]
    .sort((a, b) => byId(a.supplierId, b.supplierId))
    .map((supplier): SupplierStanding => {
      const standing = assessSupplier(supplier, criteria, input.scale, input.divergenceThreshold);
      if (standing.status === "ranked") {
        const normalised = exactNormalisedScores(standing.criteria, input.scale);
        rows.push({ supplierId: supplier.supplierId, normalised });
        totals.set(supplier.supplierId, weightedTotal(normalised, weights));
        standing.ruleSubtotals = ruleSubtotals(criteria, normalised);
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
  return { criteria, scale: input.scale, suppliers: standings, ranking, leaderSensitivity: sensitivity };
}

/** Each criterion's agreed score on 0..1 of the scale, exactly: (agreed − lowest point) / (highest − lowest point). */
function normalise(agreed: Exact | null, scale: Scale): Exact | null {
  if (agreed === null) return null;
  const low = exact(scale.points[0].value);
  const range = sub(exact(scale.points[scale.points.length - 1].value), low);
  return clamp(div(sub(agreed, low), range), ZERO, ONE);
}

/** A ranked supplier's exact normalised scores, in criteria order (a criterion that does not count yet gives 0). */
export function exactNormalisedScores(criteria: readonly CriterionModeration[], scale: Scale): Exact[] {
  return criteria.map((c) => normalise(exactAgreedScore(c), scale) ?? ZERO);
}

function assessSupplier(
  supplier: SupplierScoringInput,
  criteria: readonly ResolvedCriterion[],
  scale: Scale,
  threshold: number,
): SupplierStanding {
  const exclusionReasons: Problem[] = [...supplier.gateFailures];
  const incompleteReasons: Problem[] = [...supplier.gatesPending];
  const standings = criteria.map((criterion, index): CriterionStanding => {
    const moderation = supplier.moderation[index];
    const agreed = exactAgreedScore(moderation);
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
    return { ...moderation, weight: criterion.weight, normalisedScore: normalised === null ? null : toNumber(normalised) };
  });
  const status: SupplierStatus = exclusionReasons.length > 0 ? "excluded" : incompleteReasons.length > 0 ? "incomplete" : "ranked";
  return {
    supplierId: supplier.supplierId,
    status,
    rank: null,
    total: null,
    exclusionReasons,
    incompleteReasons,
    ruleSubtotals: [],
    criteria: standings,
  };
}

/** Points each business rule contributes to the total, out of the weight it carries. */
function ruleSubtotals(criteria: readonly ResolvedCriterion[], normalised: readonly Exact[]) {
  return ruleOrder
    .map((rule) => {
      let weight = 0;
      let points = ZERO;
      criteria.forEach((criterion, index) => {
        if (criterion.rule !== rule) return;
        weight += criterion.weight;
        points = add(points, mul(exact(criterion.weight), normalised[index]));
      });
      return { rule, weight, points: presentTotal(points), used: criteria.some((c) => c.rule === rule) };
    })
    .filter((subtotal) => subtotal.used)
    .map(({ rule, weight, points }) => ({ rule, weight, points }));
}
