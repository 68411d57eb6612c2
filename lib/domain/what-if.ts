import { leaderSensitivity, type LeaderSensitivity } from "./leader-sensitivity";
import { rankByTotals, weightedTotal, type RankedSupplier } from "./ranking";
import { rankedNormalisedScores, type ScoringResult } from "./results";
import type { Problem } from "./text";
import { checkWeightChanges } from "./weights";

export type WhatIfOutcome =
  | { ok: true; weights: Record<string, number>; ranking: RankedSupplier[]; leaderSensitivity: LeaderSensitivity | null }
  | { ok: false; problems: Problem[] };

/**
 * Re-ranks the ranked suppliers under other weights. Weights left out keep their current value; the
 * result must still be whole numbers totalling 100. Exclusions and incomplete scoring do not depend
 * on weights, so the same suppliers are ranked. With the current weights it reproduces the ranking.
 */
export function whatIf(results: ScoringResult, weightChanges: Readonly<Record<string, number>>, scenario = "what-if"): WhatIfOutcome {
  const { weights: entries, problems } = checkWeightChanges(results.criteria, weightChanges, scenario, ["weights"]);
  if (problems.length > 0) return { ok: false, problems };
  const weights = entries.map((e) => e.weight);
  const rows = rankedNormalisedScores(results);
  const totals = new Map(rows.map((row) => [row.supplierId, weightedTotal(row.normalised, weights)]));
  const ranking = rankByTotals(rows.map((row) => ({ supplierId: row.supplierId, total: totals.get(row.supplierId)! })));
  return {
    ok: true,
    weights: Object.fromEntries(entries.map((e) => [e.id, e.weight])),
    ranking,
    leaderSensitivity: leaderSensitivity(rows, totals, ranking, entries.map((e) => e.id), weights),
  };
}
