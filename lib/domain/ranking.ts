/** Totals are shown, and ranked, to two decimals: what a buyer reads is what decides the order. */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

export function presentTotal(total: number): number {
  return roundTo(total, 2);
}

/**
 * Weighted total on 0–100: each weight (whole percent, totalling 100) times the agreed score
 * normalised to 0..1 on the assessment's scale. Summed in criteria order, so the input order of
 * suppliers or evaluators cannot change a digit; clamped because weights are checked elsewhere.
 */
export function weightedTotal(normalised: readonly number[], weights: readonly number[]): number {
  let total = 0;
  for (let i = 0; i < weights.length; i++) total += weights[i] * normalised[i];
  return Math.min(100, Math.max(0, total));
}

export type RankedSupplier = { supplierId: string; rank: number; total: number };

function byId(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Standard competition ranking on totals to two decimals: equal totals share a rank and the next
 * rank skips ("1, 1, 3"). Suppliers sharing a rank are listed by supplier id. Deterministic for any
 * input order.
 */
export function rankByTotals(rows: readonly { supplierId: string; total: number }[]): RankedSupplier[] {
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
