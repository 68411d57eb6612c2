import "server-only";
import type { Actor } from "@/lib/server/auth/actor";
import { AppError } from "@/lib/server/errors";
import { changeAssessment } from "./access";

/** Archives a finished (awarded or cancelled) assessment, or brings it back to the list: it is kept either way. */
export async function setArchived(actor: Actor, assessmentId: string, archived: boolean, now = new Date()) {
  return changeAssessment(
    actor,
    assessmentId,
    null,
    async (tx, assessment) => {
      const current = await tx.assessment.findFirstOrThrow({ where: { id: assessment.id }, select: { outcome: true, archivedAt: true } });
      if (!current.outcome) throw new AppError("NOT_FINISHED", "archive.notFinished");
      await tx.assessment.update({ where: { id: assessment.id }, data: { archivedAt: archived ? now : null } });
      return { result: true, change: { action: archived ? "assessment.archived" : "assessment.unarchived", before: { archivedAt: current.archivedAt?.toISOString() ?? null }, after: { archivedAt: archived ? now.toISOString() : null } } };
    },
    { allowPublished: true },
  );
}
