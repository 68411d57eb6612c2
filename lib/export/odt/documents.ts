import { resultsDocument } from "../document/results";
import { supplierSummaryDocument } from "../document/summary";
import { tenderCriteriaDocument } from "../document/tender-criteria";
import { withCriterionTitles } from "../readable-reasons";
import type { ResultsExport, TenderCriteriaExport } from "../model";
import { renderOdt } from "./render";

/** OpenDocument texts: the tender criteria, the results, and one supplier's assessment summary. */

export function tenderCriteriaOdt(data: TenderCriteriaExport): Uint8Array {
  return renderOdt(tenderCriteriaDocument(data));
}

export function resultsOdt(data: ResultsExport): Uint8Array {
  return renderOdt(resultsDocument(withCriterionTitles(data)));
}

/** Throws a RangeError when the supplier has no summary in `data`. */
export function supplierSummaryOdt(data: ResultsExport, supplierId: string): Uint8Array {
  return renderOdt(supplierSummaryDocument(withCriterionTitles(data), supplierId));
}
