import { withCriterionTitles } from "../readable-reasons";
import type { ResultsExport, TenderCriteriaExport } from "../model";
import { toSheet } from "../table/columns";
import { suppliersTable } from "../table/results";
import { criteriaTable } from "../table/tender-criteria";
import { writeCsv } from "./write";

/** One row per criterion, with a column per language for each translated field. */
export function tenderCriteriaCsv(data: TenderCriteriaExport): string {
  return writeCsv(toSheet(criteriaTable(data)));
}

/** One row per supplier: status, rank, total, subtotals by business rule, score on each criterion, reasons. */
export function resultsCsv(data: ResultsExport): string {
  return writeCsv(toSheet(suppliersTable(withCriterionTitles(data))));
}
