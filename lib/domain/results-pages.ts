// The results page shows the comparison matrix a few suppliers at a time, so that a tender of hundreds of suppliers
// stays a page a browser can read: in ranking order, then the disregarded and incomplete tenders.

export const suppliersPerMatrixPage = 10;

/** The matrix page asked for (1 when the address asks for none or for one that does not exist), and how many there are. */
export function matrixPage(asked: string | undefined, suppliers: number): { page: number; pages: number; from: number; to: number } {
  const pages = Math.max(1, Math.ceil(suppliers / suppliersPerMatrixPage));
  const number = asked && /^\d{1,5}$/.test(asked) ? Number(asked) : 1;
  const page = number >= 1 && number <= pages ? number : 1;
  const from = (page - 1) * suppliersPerMatrixPage;
  return { page, pages, from, to: Math.min(suppliers, from + suppliersPerMatrixPage) };
}

/** The suppliers in the order the matrix pages them: ranked first, by rank, then the others as the results list them. */
export function matrixOrder<T extends { supplierId: string }>(suppliers: readonly T[], ranking: readonly { supplierId: string }[]): T[] {
  const position = new Map(ranking.map((row, index) => [row.supplierId, index]));
  return [...suppliers].sort((a, b) => (position.get(a.supplierId) ?? Infinity) - (position.get(b.supplierId) ?? Infinity));
}
