import { resultsDocument } from "../document/results";
import { supplierSummaryDocument } from "../document/summary";
import { tenderCriteriaDocument } from "../document/tender-criteria";
import { withCriterionTitles } from "../readable-reasons";
import type { ResultsExport, TenderCriteriaExport } from "../model";
import { renderDocx } from "./render";

/** Word documents: the tender criteria, the results, and one supplier's assessment summary. */

export async function tenderCriteriaDocx(data: TenderCriteriaExport): Promise<Uint8Array> {
  return renderDocx(tenderCriteriaDocument(data));
}

export async function resultsDocx(data: ResultsExport): Promise<Uint8Array> {
  return renderDocx(resultsDocument(withCriterionTitles(data)));
}

/** Throws a RangeError when the supplier has no summary in `data`. */
export async function supplierSummaryDocx(data: ResultsExport, supplierId: string): Promise<Uint8Array> {
  return renderDocx(supplierSummaryDocument(withCriterionTitles(data), supplierId));
}
