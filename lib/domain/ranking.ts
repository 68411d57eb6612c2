import { add, clamp, exact, mul, round, ZERO, type Exact } from "./exact";

const HUNDRED = exact(100);

/** Totals are shown, and ranked, to two decimals, rounded half up once from the exact total. */
export function presentTotal(total: Exact): number {
  return round(total, 2);
}

/**
 * Weighted total on 0–100, exact: each weight (whole percent, totalling 100) times the agreed score normalised to
 * 0..1 on the assessment's scale. No floating point, so neither the order of criteria, suppliers or evaluators nor
 * how the sum is grouped can change a digit; clamped because weights are checked elsewhere.
 */
export function weightedTotal(normalised: readonly Exact[], weights: readonly number[]): Exact {
  let total = ZERO;
  for (let i = 0; i < weights.length; i++) total = add(total, mul(exact(weights[i]), normalised[i]));
  return clamp(total, ZERO, HUNDRED);
}

export type RankedSupplier = { supplierId: string; rank: number; total: number };

function byId(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Standard competition ranking on totals to two decimals: equal totals share a rank and the next rank skips
 * ("1, 1, 3"). Equal exact totals always round alike, so they always share a rank; totals that differ only beyond
 * the second decimal share it too, because what a buyer reads is what decides the order. Suppliers sharing a rank
 * are listed by supplier id. Deterministic for any input order.
 */
export function rankByTotals(rows: readonly { supplierId: string; total: Exact }[]): RankedSupplier[] {
  const shown = rows
    .map((row) => ({ supplierId: row.supplierId, total: presentTotal(row.total) }))
    .sort((a, b) => b.total - a.total || byId(a.supplierId, b.supplierId));
  let rank = 0;
  return shown.map((row, index) => {
    if (index === 0 || row.total !== shown[index - 1].total) rank = index + 1;
    return { supplierId: row.supplierId, rank, total: row.total };
  });
}

export { byId };
