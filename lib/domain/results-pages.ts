// The results of a large tender are read a page at a time, so that a tender of hundreds of suppliers stays a page a
// browser can read: the ranking 25 suppliers a page (the chart beside it), and the comparison matrix one business
// rule and 10 suppliers at a time, in ranking order, then the disregarded and incomplete tenders.
import type { AssessmentResult, SupplierResult } from "./case/result-schema";
import { ruleOrder, type RuleKey } from "./results";

export const suppliersPerRankingPage = 25;
export const suppliersPerMatrixPage = 10;

export type PageShown = { page: number; pages: number; from: number; to: number };

/** The page asked for (1 when the address asks for none or for one that does not exist), and how many there are. */
export function pageOf(asked: string | undefined, items: number, perPage: number): PageShown {
  const pages = Math.max(1, Math.ceil(items / perPage));
  const number = asked && /^\d{1,5}$/.test(asked) ? Number(asked) : 1;
  const page = number >= 1 && number <= pages ? number : 1;
  const from = (page - 1) * perPage;
  return { page, pages, from, to: Math.min(items, from + perPage) };
}

export const matrixPage = (asked: string | undefined, suppliers: number) => pageOf(asked, suppliers, suppliersPerMatrixPage);
export const rankingPage = (asked: string | undefined, suppliers: number) => pageOf(asked, suppliers, suppliersPerRankingPage);

/** The suppliers in the order the matrix pages them: ranked first, by rank, then the others as the results list them. */
export function matrixOrder<T extends { supplierId: string }>(suppliers: readonly T[], ranking: readonly { supplierId: string }[]): T[] {
  const position = new Map(ranking.map((row, index) => [row.supplierId, index]));
  return [...suppliers].sort((a, b) => (position.get(a.supplierId) ?? Infinity) - (position.get(b.supplierId) ?? Infinity));
}

/** The business rule whose criteria the matrix shows: the one asked for if the assessment has criteria under it, else its first. */
export function matrixRule(asked: string | undefined, rulesUsed: readonly RuleKey[]): RuleKey | null {
  return rulesUsed.find((rule) => rule === asked) ?? rulesUsed[0] ?? null;
}

/** The business rules whose criteria carry weight, in the rules' order: the ranking's columns and the matrix's rules. */
export function rulesWithWeight(suppliers: readonly { ruleSubtotals: readonly { rule: RuleKey; weight: number }[] }[]): RuleKey[] {
  return ruleOrder.filter((rule) => suppliers.some((s) => s.ruleSubtotals.some((r) => r.rule === rule && r.weight > 0)));
}

/** What the ranking shows of a supplier: its standing and points by business rule, not its scores or its evidence. */
export type SupplierOverview = Pick<SupplierResult, "supplierId" | "name" | "status" | "rank" | "total" | "exclusionReasons" | "incompleteReasons" | "ruleSubtotals">;

/** The results without each supplier's scores by criterion and evidence: all the ranking page reads, a few KB a tender. */
export type ResultsOverview = Omit<AssessmentResult, "suppliers"> & { suppliers: SupplierOverview[] };

export function resultsOverview(result: AssessmentResult): ResultsOverview {
  return {
    ...result,
    suppliers: result.suppliers.map(({ supplierId, name, status, rank, total, exclusionReasons, incompleteReasons, ruleSubtotals }) => ({
      supplierId,
      name,
      status,
      rank,
      total,
      exclusionReasons,
      incompleteReasons,
      ruleSubtotals,
    })),
  };
}
