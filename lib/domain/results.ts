import type { Scale } from "./case/case-schema";
import { leaderSensitivity, type LeaderSensitivity, type WeightedRow } from "./leader-sensitivity";
import { incompleteReason, type CriterionModeration } from "./moderation";
import { byId, presentTotal, rankByTotals, weightedTotal, type RankedSupplier } from "./ranking";
import { problem, type Problem } from "./text";

export type RuleKey = "BR1" | "BR2" | "BR3" | "OUTCOME" | "OTHER";
export const ruleOrder: readonly RuleKey[] = ["BR1", "BR2", "BR3", "OUTCOME", "OTHER"];

export type ResolvedCriterion = { id: string; weight: number; rule: RuleKey; minimumScore?: number };

export type SupplierScoringInput = {
  supplierId: string;
  /** Gate failures exclude the supplier whatever its scores. */
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
  suppliers: SupplierStanding[];
  ranking: RankedSupplier[];
  leaderSensitivity: LeaderSensitivity | null;
};

/**
 * Totals, ranks and exclusions. A supplier is:
 * - excluded when it fails a gate or scores below a criterion's minimum — never ranked, listed with reasons;
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
  const low = input.scale.points[0].value;
  const range = input.scale.points[input.scale.points.length - 1].value - low;
  const weights = criteria.map((c) => c.weight);
  const rows: WeightedRow[] = [];
  const totals = new Map<string, number>();
  const standings = [...input.suppliers]
    .sort((a, b) => byId(a.supplierId, b.supplierId))
    .map((supplier): SupplierStanding => {
      const standing = assessSupplier(supplier, criteria, low, range, input.divergenceThreshold);
      if (standing.status === "ranked") {
        const normalised = standing.criteria.map((c) => c.normalisedScore ?? 0);
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
  return { criteria, suppliers: standings, ranking, leaderSensitivity: sensitivity };
}

function assessSupplier(
  supplier: SupplierScoringInput,
  criteria: readonly ResolvedCriterion[],
  low: number,
  range: number,
  threshold: number,
): SupplierStanding {
  const exclusionReasons: Problem[] = [...supplier.gateFailures];
  const incompleteReasons: Problem[] = [...supplier.gatesPending];
  const standings = criteria.map((criterion, index): CriterionStanding => {
    const moderation = supplier.moderation[index];
    const agreed = moderation.agreedScore;
    const reason = incompleteReason(moderation, threshold);
    if (reason) incompleteReasons.push(reason);
    if (agreed !== null && criterion.minimumScore !== undefined && agreed < criterion.minimumScore - 1e-9) {
      exclusionReasons.push(problem("SCORING.BELOW_MINIMUM_SCORE", {
        en: `Scored ${agreed} on ${criterion.id}; the minimum is ${criterion.minimumScore}.`,
        cy: `Sgoriodd ${agreed} ar ${criterion.id}; yr isafswm yw ${criterion.minimumScore}.`,
      }, { path: ["criteria", criterion.id], params: { criterionId: criterion.id, score: agreed, minimum: criterion.minimumScore } }));
    }
    const normalisedScore = agreed === null ? null : Math.min(1, Math.max(0, (agreed - low) / range));
    return { ...moderation, weight: criterion.weight, normalisedScore };
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
function ruleSubtotals(criteria: readonly ResolvedCriterion[], normalised: readonly number[]) {
  return ruleOrder
    .map((rule) => {
      let weight = 0;
      let points = 0;
      criteria.forEach((criterion, index) => {
        if (criterion.rule !== rule) return;
        weight += criterion.weight;
        points += criterion.weight * normalised[index];
      });
      return { rule, weight, points: presentTotal(points), used: criteria.some((c) => c.rule === rule) };
    })
    .filter((subtotal) => subtotal.used)
    .map(({ rule, weight, points }) => ({ rule, weight, points }));
}
