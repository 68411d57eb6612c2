import { add, ceil, compare, div, exact, mul, sub, ZERO, type Exact } from "./exact";
import { presentTotal, rankByTotals, weightedTotal, type RankedSupplier } from "./ranking";
import type { Bilingual } from "./text";

export type LeaderSensitivity = {
  leaderId: string;
  /** The first supplier other than the leader in first place after the move (lowest id when several share it). */
  challengerId: string;
  /** Everyone in first place after the move, by supplier id; the leader too when it only shares first place. */
  firstAfterMove: string[];
  fromCriterionId: string;
  toCriterionId: string;
  /** Whole percentage points moved from one criterion to another, so the weights still total 100. */
  points: number;
  fromWeight: number;
  toWeight: number;
  summary: Bilingual;
};

export type WeightedRow = { supplierId: string; normalised: readonly Exact[] };

type Move = { from: number; to: number; points: number; challengerId: string };

/**
 * For a sole leader, the smallest move of whole percentage points from one criterion's weight to
 * another's that brings another ranked supplier level with or ahead of the leader (on totals shown
 * to two decimals). A move, not a lone change, keeps the weights a valid set that totals 100 and
 * can be tried with what-if. Ties between equally small moves go to the one that lifts the supplier
 * with the lowest id, then to criteria in the assessment's order. The statement names whoever is
 * first after the move — re-ranked exactly as what-if would — which need not be the supplier the
 * move was found for: a third supplier can overtake both. Null when first place is already shared,
 * when fewer than two suppliers are ranked, or when no single move changes first place.
 */
export function leaderSensitivity(
  rows: readonly WeightedRow[],
  totals: ReadonlyMap<string, Exact>,
  ranking: readonly RankedSupplier[],
  criterionIds: readonly string[],
  weights: readonly number[],
): LeaderSensitivity | null {
  if (ranking.length < 2 || ranking[1].rank === 1) return null;
  const leaderId = ranking[0].supplierId;
  for (const move of candidateMoves(rows, totals, leaderId, weights)) {
    const moved = weights.map((weight, k) => (k === move.from ? weight - move.points : k === move.to ? weight + move.points : weight));
    const after = rankByTotals(rows.map((row) => ({ supplierId: row.supplierId, total: weightedTotal(row.normalised, moved) })));
    const firstAfterMove = after.filter((entry) => entry.rank === 1).map((entry) => entry.supplierId);
    const challengerId = firstAfterMove.find((id) => id !== leaderId);
    // The search estimates totals by difference; a move whose exact re-ranking keeps the leader alone is skipped.
    if (challengerId === undefined) continue;
    const fromCriterionId = criterionIds[move.from];
    const toCriterionId = criterionIds[move.to];
    return {
      leaderId,
      challengerId,
      firstAfterMove,
      fromCriterionId,
      toCriterionId,
      points: move.points,
      fromWeight: moved[move.from],
      toWeight: moved[move.to],
      summary: describeLeaderSensitivity({ points: move.points, fromCriterionId, toCriterionId, leaderId, firstAfterMove }),
    };
  }
  return null;
}

/**
 * For each pair of criteria, the fewest points that bring some challenger level with or ahead of the leader,
 * worked out exactly from the totals by difference; smallest first, then by the lowest challenger id, then criteria order.
 */
function candidateMoves(rows: readonly WeightedRow[], totals: ReadonlyMap<string, Exact>, leaderId: string, weights: readonly number[]): Move[] {
  const leader = rows.find((row) => row.supplierId === leaderId)!;
  const leaderTotal = totals.get(leaderId)!;
  const byPair = new Map<number, Move>();
  const challengers = rows.filter((row) => row.supplierId !== leaderId).sort((a, b) => (a.supplierId < b.supplierId ? -1 : 1));
  for (const challenger of challengers) {
    const challengerTotal = totals.get(challenger.supplierId)!;
    const gap = sub(leaderTotal, challengerTotal);
    const advantage = challenger.normalised.map((value, k) => sub(value, leader.normalised[k]));
    const after = (row: WeightedRow, total: Exact, from: number, to: number, points: number) =>
      presentTotal(add(total, mul(exact(points), sub(row.normalised[to], row.normalised[from]))));
    const overtakes = (from: number, to: number, points: number) =>
      after(challenger, challengerTotal, from, to, points) >= after(leader, leaderTotal, from, to, points);
    for (let from = 0; from < weights.length; from++) {
      if (weights[from] === 0) continue;
      for (let to = 0; to < weights.length; to++) {
        if (to === from) continue;
        const gain = sub(advantage[to], advantage[from]);
        if (compare(gain, ZERO) <= 0) continue;
        let points = Math.min(weights[from] + 1, Math.max(1, ceil(div(gap, gain))));
        // The estimate levels the exact totals; step to the first move that changes the order as shown.
        while (points > 1 && overtakes(from, to, points - 1)) points--;
        while (points <= weights[from] && !overtakes(from, to, points)) points++;
        if (points > weights[from]) continue;
        const key = from * weights.length + to;
        const known = byPair.get(key);
        // Challengers come in id order, so on equal points the lowest id stays.
        if (known === undefined || points < known.points) byPair.set(key, { from, to, points, challengerId: challenger.supplierId });
      }
    }
  }
  return [...byPair.values()].sort(
    (a, b) => a.points - b.points || (a.challengerId < b.challengerId ? -1 : a.challengerId > b.challengerId ? 1 : 0) || a.from - b.from || a.to - b.to,
  );
}

/** How the statement names suppliers and criteria: the engine's own summary uses their ids; a page its names and titles. */
export type SensitivityLabels = { supplier(id: string): Bilingual; criterion(id: string): Bilingual };

const byId: SensitivityLabels = { supplier: (id) => ({ en: id, cy: id }), criterion: (id) => ({ en: id, cy: id }) };

/** The move in a sentence, in both languages, naming suppliers and criteria as `labels` says. */
export function describeLeaderSensitivity(
  sensitivity: Pick<LeaderSensitivity, "points" | "fromCriterionId" | "toCriterionId" | "leaderId" | "firstAfterMove">,
  labels: SensitivityLabels = byId,
): Bilingual {
  const { points, fromCriterionId, toCriterionId, leaderId, firstAfterMove } = sensitivity;
  const others = firstAfterMove.filter((id) => id !== leaderId);
  const shared = others.length < firstAfterMove.length;
  const say = (language: keyof Bilingual) => {
    const supplier = (id: string) => labels.supplier(id)[language];
    const criterion = (id: string) => labels.criterion(id)[language];
    const leader = supplier(leaderId);
    const named = others.map(supplier);
    return { leader, named, from: criterion(fromCriterionId), to: criterion(toCriterionId) };
  };
  const en = say("en");
  const cy = say("cy");
  const move = { en: `Moving ${points} percentage points of weight from ${en.from} to ${en.to}`, cy: `Byddai symud ${points} pwynt canran o bwysoliad o ${cy.from} i ${cy.to}` };
  if (shared) {
    return {
      en: `${move.en} would bring ${list(en.named, "and")} level with ${en.leader} in first place.`,
      cy: `${move.cy} yn dod ${cyWith(list(cy.named, "a"))} yn gyfartal ${cyWith(cy.leader)} yn y safle cyntaf.`,
    };
  }
  if (others.length === 1) {
    return { en: `${move.en} would put ${en.named[0]} first, ahead of ${en.leader}.`, cy: `${move.cy} yn rhoi ${cy.named[0]} yn gyntaf, o flaen ${cy.leader}.` };
  }
  return {
    en: `${move.en} would put ${list(en.named, "and")} joint first, ahead of ${en.leader}.`,
    cy: `${move.cy} yn rhoi ${list(cy.named, "a")} yn gydradd gyntaf, o flaen ${cy.leader}.`,
  };
}

function list(ids: readonly string[], and: string): string {
  if (ids.length === 1) return ids[0];
  const last = ids[ids.length - 1];
  return `${ids.slice(0, -1).join(", ")} ${and === "a" && startsWithVowel(last) ? "ac" : and} ${last}`;
}

/** Welsh "â" (with) becomes "ag" before a vowel. */
function cyWith(text: string): string {
  return `${startsWithVowel(text) ? "ag" : "â"} ${text}`;
}

function startsWithVowel(text: string): boolean {
  return /^[aeiouwyâêîôûŵŷ]/i.test(text);
}
