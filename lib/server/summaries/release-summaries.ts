import "server-only";
import type { Actor } from "@/lib/server/auth/actor";
import { changeAssessment } from "@/lib/server/assessments/access";
import { getResults } from "@/lib/server/assessments/get-results";
import { AppError } from "@/lib/server/errors";
import { notifySummariesReleased } from "@/lib/server/notifications/events";

/**
 * Releases the assessment summaries: from then on each supplier that submitted a tender sees and downloads its own
 * summary in the service. Only once the results can be worked out and every tender is fully assessed (no summary
 * may change after it is given); once only; audited with the number of suppliers. Null when the assessment is not
 * the actor's to change.
 */
export async function releaseSummaries(actor: Actor, assessmentId: string, version: number, now = new Date()) {
  const results = await getResults(actor, assessmentId, now);
  if (results.kind === "not-found") return null;
  if (results.kind !== "results") throw new AppError("SUMMARIES_NOT_READY", "summaries.notReady");
  const { result } = results.outcome;
  if (result.incomplete.length > 0) throw new AppError("SUMMARIES_INCOMPLETE", "summaries.incomplete");
  return changeAssessment(
    actor,
    assessmentId,
    version,
    async (tx, changed) => {
      const released = await tx.assessment.updateMany({ where: { id: changed.id, summariesReleasedAt: null }, data: { summariesReleasedAt: now } });
      if (released.count !== 1) throw new AppError("SUMMARIES_RELEASED", "summaries.alreadyReleased");
      await notifySummariesReleased(tx, { assessmentId: changed.id });
      return {
        result: true,
        change: {
          action: "assessment.summaries-released",
          before: { summariesReleasedAt: null },
          after: { summariesReleasedAt: now.toISOString(), suppliers: result.suppliers.length, ranked: result.ranking.length, disregarded: result.excluded.length },
        },
      };
    },
    { allowPublished: true },
  );
}
