import "server-only";
import type { Actor } from "@/lib/server/auth/actor";
import { AppError } from "@/lib/server/errors";
import { changeAssessment } from "./access";

/**
 * Publishes a published assessment's tender criteria in the open-data feed (/api/v1/ocds), or stops: an officer's
 * choice, audited. Only what the buyer published in the tender goes into the feed.
 */
export async function setOpenData(actor: Actor, assessmentId: string, open: boolean, now = new Date()) {
  return changeAssessment(
    actor,
    assessmentId,
    null,
    async (tx, assessment) => {
      if (assessment.status !== "published") throw new AppError("NOT_PUBLISHED", "openData.notPublished");
      const current = await tx.assessment.findFirstOrThrow({ where: { id: assessment.id }, select: { openData: true } });
      // The feed lists assessments in the order they joined it: one published again joins at the end; one already in
      // it keeps its place.
      await tx.assessment.update({ where: { id: assessment.id }, data: { openData: open, openDataSince: open ? (current.openData ? undefined : now) : null } });
      return { result: true, change: { action: open ? "assessment.open-data-published" : "assessment.open-data-withdrawn", before: { openData: current.openData }, after: { openData: open } } };
    },
    { allowPublished: true },
  );
}
