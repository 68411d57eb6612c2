import "server-only";
import type { ResultsExport } from "@/lib/export/model";
import type { Actor } from "@/lib/server/auth/actor";
import { getResults } from "@/lib/server/assessments/get-results";
import { resultsExportOf } from "./summaries-export";

export type SummariesOutcome =
  | { kind: "not-found" }
  | { kind: "not-ready" }
  | { kind: "ready"; data: ResultsExport; releasedAt: Date | null; version: number; incomplete: number };

/**
 * Every assessed supplier's assessment summary, for the owning organisation's officers and admins (the results'
 * readers): after the deadline, once the rules engine can work out the results. Another organisation finds nothing.
 */
export async function getAssessmentSummaries(actor: Actor, assessmentId: string, now = new Date()): Promise<SummariesOutcome> {
  const results = await getResults(actor, assessmentId, now);
  if (results.kind === "not-found") return { kind: "not-found" };
  if (results.kind !== "results") return { kind: "not-ready" };
  const data = await resultsExportOf(results.assessment, results, now);
  return { kind: "ready", data, releasedAt: results.assessment.summariesReleasedAt, version: results.assessment.version, incomplete: results.outcome.result.incomplete.length };
}
