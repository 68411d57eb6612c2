import "server-only";
import type { ResultsExport } from "@/lib/export/model";
import { withCriterionTitles } from "@/lib/export/readable-reasons";
import { db } from "@/lib/server/db";
import { toResultsExport } from "@/lib/server/assessments/export-models";
import type { AssessmentView } from "@/lib/server/assessments/get-assessment";
import type { ResultsOutcome } from "@/lib/server/assessments/get-results";
import { loadSummarySources } from "./summary-sources";

/** The results with every supplier's assessment summary, for an assessment and results the caller has authorised. */
export async function resultsExportOf(assessment: AssessmentView, results: Extract<ResultsOutcome, { kind: "results" }>, now: Date): Promise<ResultsExport> {
  const [buyer, sources] = await Promise.all([
    db.organisation.findFirstOrThrow({ where: { id: assessment.organisationId }, select: { id: true, nameEn: true, nameCy: true } }),
    loadSummarySources(assessment, results),
  ]);
  // Reasons name criteria and evaluators by title and name wherever a summary or a download is read.
  return withCriterionTitles(toResultsExport(assessment, buyer, results.outcome.result, now, sources), results.evaluatorNames);
}

/**
 * What one supplier may be given: its own summary, with the criteria, the scale and the most advantageous tender's
 * assessment that the summary carries — and nothing of the ranking or any other supplier.
 */
export function onlyOwnSummary(data: ResultsExport, supplierId: string): ResultsExport | null {
  const summary = data.summaries.find((s) => s.supplierId === supplierId);
  if (!summary) return null;
  return { ...data, ranked: [], excluded: [], incomplete: [], summaries: [summary] };
}
