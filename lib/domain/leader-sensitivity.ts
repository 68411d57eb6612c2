import { presentTotal, type RankedSupplier } from "./ranking";
import type { Bilingual } from "./text";

export type LeaderSensitivity = {
  leaderId: string;
  challengerId: string;
  fromCriterionId: string;
  toCriterionId: string;
  /** Whole percentage points moved from one criterion to another, so the weights still total 100. */
  points: number;
  fromWeight: number;
  toWeight: number;
  summary: Bilingual;
};

export type WeightedRow = { supplierId: string; normalised: readonly number[] };

/**
 * For a sole leader, the smallest move of whole percentage points from one criterion's weight to
 * another's that brings another ranked supplier level with or ahead of the leader (on totals shown
 * to two decimals). A move, not a lone change, keeps the weights a valid set that totals 100 and
 * can be tried with what-if. Ties between equally small moves go to the challenger with the lowest
 * id, then to criteria in the assessment's order. Null when first place is already shared, when
 * fewer than two suppliers are ranked, or when no single move changes first place.
 */
export function leaderSensitivity(
  rows: readonly WeightedRow[],
  totals: ReadonlyMap<string, number>,
  ranking: readonly RankedSupplier[],
  criterionIds: readonly string[],
  weights: readonly number[],
): LeaderSensitivity | null {
  if (ranking.length < 2 || ranking[1].rank === 1) return null;
  const leaderId = ranking[0].supplierId;
  const leader = rows.find((row) => row.supplierId === leaderId)!;
  const leaderTotal = totals.get(leaderId)!;
  let best: { challengerId: string; from: number; to: number; points: number } | null = null;
  const challengers = rows.filter((row) => row.supplierId !== leaderId).sort((a, b) => (a.supplierId < b.supplierId ? -1 : 1));
  for (const challenger of challengers) {
    const gap = leaderTotal - totals.get(challenger.supplierId)!;
    const advantage = challenger.normalised.map((value, k) => value - leader.normalised[k]);
    const overtakes = (from: number, to: number, points: number) =>
      presentTotal(totals.get(challenger.supplierId)! + points * (challenger.normalised[to] - challenger.normalised[from])) >=
      presentTotal(leaderTotal + points * (leader.normalised[to] - leader.normalised[from]));
    for (let from = 0; from < weights.length; from++) {
      if (weights[from] === 0) continue;
      for (let to = 0; to < weights.length; to++) {
        const gain = advantage[to] - advantage[from];
        if (to === from || gain <= 0) continue;
        let points = Math.min(weights[from] + 1, Math.max(1, Math.ceil(gap / gain - 1e-9)));
        // The estimate uses exact totals; step to the first move that changes the rounded order.
        while (points > 1 && overtakes(from, to, points - 1)) points--;
        while (points <= weights[from] && !overtakes(from, to, points)) points++;
        if (points > weights[from]) continue;
        if (best === null || points < best.points) best = { challengerId: challenger.supplierId, from, to, points };
      }
    }
  }
  if (!best) return null;
  const fromCriterionId = criterionIds[best.from];
  const toCriterionId = criterionIds[best.to];
  const { challengerId, points } = best;
  return {
    leaderId,
    challengerId,
    fromCriterionId,
    toCriterionId,
    points,
    fromWeight: weights[best.from] - points,
    toWeight: weights[best.to] + points,
    summary: {
      en: `Moving ${points} percentage points of weight from ${fromCriterionId} to ${toCriterionId} would bring ${challengerId} level with or ahead of ${leaderId}.`,
      cy: `Byddai symud ${points} pwynt canran o bwysoliad o ${fromCriterionId} i ${toCriterionId} yn dod â ${challengerId} yn gyfartal â ${leaderId} neu o'i flaen.`,
    },
  };
}
