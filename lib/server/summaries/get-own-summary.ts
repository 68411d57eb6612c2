import "server-only";
import type { AssessmentSummary, ResultsExport } from "@/lib/export/model";
import type { Actor } from "@/lib/server/auth/actor";
import { releasedSummaryFor } from "@/lib/server/auth/scope";
import { loadAssessment } from "@/lib/server/assessments/get-assessment";
import { resultsOf } from "@/lib/server/assessments/get-results";
import { db } from "@/lib/server/db";
import { isSupplier } from "@/lib/server/responses/access";
import { onlyOwnSummary, resultsExportOf } from "./summaries-export";

/**
 * A supplier's own assessment summary, once the buyer has released the summaries: null before that, for an
 * assessment it did not submit a tender to, and for anyone but a member of a supplier organisation. The summary
 * is always the actor's own organisation's: no supplier id is taken from the request.
 */
export async function getOwnSummary(actor: Actor, assessmentId: string, now = new Date()): Promise<{ data: ResultsExport; summary: AssessmentSummary; releasedAt: Date } | null> {
  if (!isSupplier(actor)) return null;
  const released = await db.assessment.findFirst({ where: releasedSummaryFor(actor, assessmentId), select: { id: true } });
  if (!released) return null;
  const assessment = await loadAssessment({ id: released.id });
  if (!assessment?.summariesReleasedAt) return null;
  const results = await resultsOf(assessment, now);
  if (results.kind !== "results") return null;
  const data = onlyOwnSummary(await resultsExportOf(assessment, results, now), actor.organisationId);
  if (!data) return null;
  return { data, summary: data.summaries[0], releasedAt: assessment.summariesReleasedAt };
}

/** Whether the actor's organisation has a released summary for this assessment (for a link; no results worked out). */
export async function hasReleasedSummary(actor: Actor, assessmentId: string): Promise<boolean> {
  if (!isSupplier(actor)) return false;
  return (await db.assessment.count({ where: releasedSummaryFor(actor, assessmentId) })) > 0;
}
