import { add, ceil, compare, div, exact, mul, sub, toNumber, ZERO, type Exact } from "./exact";
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

export type Move = { from: number; to: number; points: number; challengerId: string };

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
  // The smallest move is nearly always the answer, and a search that passes over the challengers who cannot beat it
  // finds it in a fraction of the time; only if its exact re-ranking fails are all the moves tried in order.
  const smallest = smallestMove(rows, totals, leaderId, weights);
  if (!smallest) return null;
  const found = madeMove(smallest, rows, leaderId, criterionIds, weights);
  if (found) return found;
  for (const move of candidateMoves(rows, totals, leaderId, weights)) {
    const made = madeMove(move, rows, leaderId, criterionIds, weights);
    if (made) return made;
  }
  return null;
}

/** The move as it stands once made: re-ranked exactly as what-if would, or null when the leader stays first alone. */
function madeMove(move: Move, rows: readonly WeightedRow[], leaderId: string, criterionIds: readonly string[], weights: readonly number[]): LeaderSensitivity | null {
  const moved = weights.map((weight, k) => (k === move.from ? weight - move.points : k === move.to ? weight + move.points : weight));
  const after = rankByTotals(rows.map((row) => ({ supplierId: row.supplierId, total: weightedTotal(row.normalised, moved) })));
  const firstAfterMove = after.filter((entry) => entry.rank === 1).map((entry) => entry.supplierId);
  const challengerId = firstAfterMove.find((id) => id !== leaderId);
  // The search estimates totals by difference; a move whose exact re-ranking keeps the leader alone is skipped.
  if (challengerId === undefined) return null;
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

/** Candidate moves in the order they are tried: fewest points, then the lowest challenger id, then criteria order. */
const moveOrder = (a: Move, b: Move) =>
  a.points - b.points || (a.challengerId < b.challengerId ? -1 : a.challengerId > b.challengerId ? 1 : 0) || a.from - b.from || a.to - b.to;

/**
 * The first of `candidateMoves`, found without trying every challenger. A challenger's fewest points are at least
 * what its largest possible gain needs: moving p points from one criterion to another changes its total against the
 * leader's by p × the difference in their advantages, and shown totals (to two decimals) can only draw level once the
 * exact gap is under 0.01. Challengers are tried from the lowest such bound, and the search stops at one that cannot
 * beat the move already found.
 */
export function smallestMove(rows: readonly WeightedRow[], totals: ReadonlyMap<string, Exact>, leaderId: string, weights: readonly number[]): Move | null {
  const leader = rows.find((row) => row.supplierId === leaderId)!;
  const leaderTotal = totals.get(leaderId)!;
  const bounded = onePerScores(rows.filter((row) => row.supplierId !== leaderId))
    .map((row) => {
      const rough = roughly(row, totals.get(row.supplierId)!, leader, leaderTotal);
      return { row, rough, fewest: fewestPointsBound(rough, weights) };
    })
    .filter(({ fewest }) => fewest !== null)
    .sort((a, b) => a.fewest! - b.fewest! || (a.row.supplierId < b.row.supplierId ? -1 : 1));
  const best: { move: Move | null } = { move: null };
  for (const { row, rough, fewest } of bounded) {
    const id = row.supplierId;
    // Passed over once it cannot beat the move found: more points, or as many with a later id.
    if (best.move && (fewest! > best.move.points || (fewest === best.move.points && id > best.move.challengerId))) continue;
    promisingMoves(row, totals.get(id)!, leader, leaderTotal, weights, rough, (move) => {
      if (!best.move || moveOrder(move, best.move) < 0) best.move = move;
    }, () => (best.move === null ? Infinity : id <= best.move.challengerId ? best.move.points : best.move.points - 1));
  }
  return best.move;
}

/**
 * The challengers with the lowest id among those scored exactly alike: the others have the same moves, and lose every
 * tie to it.
 */
function onePerScores(challengers: readonly WeightedRow[]): WeightedRow[] {
  // Found by a rough signature first, then compared exactly with those that share it.
  const bySignature = new Map<number, WeightedRow[]>();
  return [...challengers]
    .sort((a, b) => (a.supplierId < b.supplierId ? -1 : 1))
    .filter((row) => {
      const signature = row.normalised.reduce((sum, value, k) => sum + toNumber(value) * (k + 1), 0);
      const alike = bySignature.get(signature);
      if (alike?.some((other) => other.normalised.every((value, k) => compare(value, row.normalised[k]) === 0))) return false;
      if (alike) alike.push(row);
      else bySignature.set(signature, [row]);
      return true;
    });
}

/** A challenger against the leader in floating point: each criterion's advantage, and the gap less 0.01 to cover. */
type Rough = { advantage: number[]; reach: number };

function roughly(challenger: WeightedRow, challengerTotal: Exact, leader: WeightedRow, leaderTotal: Exact): Rough {
  return {
    advantage: challenger.normalised.map((value, k) => toNumber(value) - toNumber(leader.normalised[k])),
    reach: toNumber(sub(leaderTotal, challengerTotal)) - 0.01,
  };
}

/**
 * A whole number no larger than the fewest points that could bring the challenger level, or null when no move can:
 * p points moved from one criterion to another (never more than the first carries) change its total against the
 * leader's by p × the difference in their advantages, and shown totals (to two decimals) draw level only once the exact
 * gap is under 0.01. Worked out in floating point, where an advantage (between −1 and 1) is out by far less than
 * 10⁻¹², and rounded down, so that it is never too large.
 */
function fewestPointsBound({ advantage, reach }: Rough, weights: readonly number[]): number | null {
  const highest = Math.max(...advantage);
  let fewest = Infinity;
  advantage.forEach((own, from) => {
    const needs = pointsNeeded(reach, highest - own);
    if (needs !== null && needs <= weights[from]) fewest = Math.min(fewest, needs);
  });
  return fewest === Infinity ? null : fewest;
}

/**
 * A lower bound on the points a move with this gain needs to cover `reach` (the gap less 0.01), in floating point:
 * null when it can never (no gain, or one too small to matter while there is a gap to cover).
 */
function pointsNeeded(reach: number, gain: number): number | null {
  if (gain < -1e-12) return null;
  if (gain <= 1e-12) return reach > 1e-9 ? null : 1;
  return Math.max(1, Math.floor(reach / gain));
}

/**
 * For each pair of criteria, the fewest points that bring some challenger level with or ahead of the leader,
 * worked out exactly from the totals by difference; smallest first, then by the lowest challenger id, then criteria order.
 */
export function candidateMoves(rows: readonly WeightedRow[], totals: ReadonlyMap<string, Exact>, leaderId: string, weights: readonly number[]): Move[] {
  const leader = rows.find((row) => row.supplierId === leaderId)!;
  const leaderTotal = totals.get(leaderId)!;
  const byPair = new Map<number, Move>();
  const challengers = rows.filter((row) => row.supplierId !== leaderId).sort((a, b) => (a.supplierId < b.supplierId ? -1 : 1));
  for (const challenger of challengers) {
    challengerMoves(challenger, totals.get(challenger.supplierId)!, leader, leaderTotal, weights, (move) => {
      const key = move.from * weights.length + move.to;
      const known = byPair.get(key);
      // Challengers come in id order, so on equal points the lowest id stays.
      if (known === undefined || move.points < known.points) byPair.set(key, move);
    });
  }
  return [...byPair.values()].sort(moveOrder);
}

/** For each pair of criteria, the fewest points that bring this challenger level with or ahead of the leader, if any. */
function challengerMoves(challenger: WeightedRow, challengerTotal: Exact, leader: WeightedRow, leaderTotal: Exact, weights: readonly number[], found: (move: Move) => void): void {
  const fewest = fewestPointsFor(challenger, challengerTotal, leader, leaderTotal, weights);
  for (let from = 0; from < weights.length; from++) {
    if (weights[from] === 0) continue;
    for (let to = 0; to < weights.length; to++) {
      const points = to === from ? null : fewest(from, to);
      if (points !== null) found({ from, to, points, challengerId: challenger.supplierId });
    }
  }
}

/**
 * `challengerMoves`, less the pairs that could not be done in `limit()` points or fewer, nor in the points their
 * first criterion carries, judged by `pointsNeeded`: for each criterion weight is moved from, the others are taken
 * from the largest advantage down, and left at the first that would need too many (the rest would need more).
 */
function promisingMoves(
  challenger: WeightedRow,
  challengerTotal: Exact,
  leader: WeightedRow,
  leaderTotal: Exact,
  weights: readonly number[],
  { advantage, reach }: Rough,
  found: (move: Move) => void,
  limit: () => number,
): void {
  const fewest = fewestPointsFor(challenger, challengerTotal, leader, leaderTotal, weights);
  const byAdvantage = advantage.map((_, k) => k).sort((a, b) => advantage[b] - advantage[a]);
  for (let from = 0; from < weights.length; from++) {
    if (weights[from] === 0) continue;
    for (const to of byAdvantage) {
      const needs = pointsNeeded(reach, advantage[to] - advantage[from]);
      if (needs === null || needs > Math.min(weights[from], limit())) break;
      const points = to === from ? null : fewest(from, to);
      if (points !== null) found({ from, to, points, challengerId: challenger.supplierId });
    }
  }
}

/**
 * The fewest points moved from one criterion to another that bring the challenger level with or ahead of the leader
 * as totals are shown, worked out exactly from the totals by difference; null when it gains nothing or needs more
 * points than the first criterion carries.
 */
function fewestPointsFor(challenger: WeightedRow, challengerTotal: Exact, leader: WeightedRow, leaderTotal: Exact, weights: readonly number[]) {
  const gap = sub(leaderTotal, challengerTotal);
  // Each criterion's advantage, worked out when a pair first needs it.
  const advantages: (Exact | undefined)[] = [];
  const advantage = (k: number) => (advantages[k] ??= sub(challenger.normalised[k], leader.normalised[k]));
  const after = (row: WeightedRow, total: Exact, from: number, to: number, points: number) =>
    presentTotal(add(total, mul(exact(points), sub(row.normalised[to], row.normalised[from]))));
  const overtakes = (from: number, to: number, points: number) =>
    after(challenger, challengerTotal, from, to, points) >= after(leader, leaderTotal, from, to, points);
  return (from: number, to: number): number | null => {
    const gain = sub(advantage(to), advantage(from));
    if (compare(gain, ZERO) <= 0) return null;
    let points = Math.min(weights[from] + 1, Math.max(1, ceil(div(gap, gain))));
    // The estimate levels the exact totals; step to the first move that changes the order as shown.
    while (points > 1 && overtakes(from, to, points - 1)) points--;
    while (points <= weights[from] && !overtakes(from, to, points)) points++;
    return points > weights[from] ? null : points;
  };
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
