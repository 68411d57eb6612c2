import "server-only";
import { deadlineProblem } from "@/lib/domain/lifecycle/deadline-window";
import type { Actor } from "@/lib/server/auth/actor";
import { AppError } from "@/lib/server/errors";
import { notifyDeadlineExtended } from "@/lib/server/notifications/events";
import { canEdit, changeAssessment } from "./access";
import { getAssessment } from "./get-assessment";
import { invitedSuppliers, type Notice } from "./supplier-recipients";

export type DeadlineExtended = Notice<"assessment.deadline-extended", { previousDeadline: string; responseDeadline: string }>;

/**
 * Moves a published assessment's deadline later (never earlier, at most two years ahead), while it is still open.
 * Audited in the same transaction; returns the notice to every invited supplier, to be queued with it.
 */
export async function extendDeadline(actor: Actor, assessmentId: string, deadline: Date, version: number, now = new Date()): Promise<{ notice: DeadlineExtended } | null> {
  return changeAssessment(
    actor,
    assessmentId,
    version,
    async (tx, assessment) => {
      const current = await tx.assessment.findFirstOrThrow({ where: { id: assessment.id }, select: { status: true, outcome: true } });
      if (current.status !== "published") throw new AppError("NOT_PUBLISHED", "extend.notPublished");
      if (current.outcome || assessment.responseDeadline.getTime() <= now.getTime()) throw new AppError("DEADLINE_PASSED", "extend.closed");
      const problem = deadlineProblem(deadline, now, assessment.responseDeadline);
      if (problem) throw new AppError("DEADLINE_NOT_ALLOWED", `deadline.${problem}`, "deadlineDay");
      await tx.assessment.update({ where: { id: assessment.id }, data: { responseDeadline: deadline } });
      await notifyDeadlineExtended(tx, { assessmentId: assessment.id, previousDeadline: assessment.responseDeadline });
      const details = { previousDeadline: assessment.responseDeadline.toISOString(), responseDeadline: deadline.toISOString() };
      const notice: DeadlineExtended = { event: "assessment.deadline-extended", assessmentId: assessment.id, organisationId: assessment.organisationId, recipients: await invitedSuppliers(tx, assessment.id), details };
      return { result: { notice }, change: { action: "assessment.deadline-extended", before: { responseDeadline: details.previousDeadline }, after: { responseDeadline: details.responseDeadline, suppliersToTell: notice.recipients.length } } };
    },
    { allowPublished: true },
  );
}

/**
 * What an extension would do, for the confirmation page: the current and new deadlines and how many suppliers would
 * be told; refused (AppError) as the extension itself would be. Null when the assessment is not the actor's.
 */
export async function previewDeadlineExtension(actor: Actor, assessmentId: string, deadline: Date, now = new Date()) {
  const assessment = await getAssessment(actor, assessmentId);
  if (!assessment || !canEdit(actor) || assessment.organisationId !== actor.organisationId) return null;
  if (assessment.status !== "published") throw new AppError("NOT_PUBLISHED", "extend.notPublished");
  if (assessment.outcome || assessment.responseDeadline.getTime() <= now.getTime()) throw new AppError("DEADLINE_PASSED", "extend.closed");
  const problem = deadlineProblem(deadline, now, assessment.responseDeadline);
  if (problem) throw new AppError("DEADLINE_NOT_ALLOWED", `deadline.${problem}`, "deadlineDay");
  const suppliers = assessment.invitations.filter((invitation) => !invitation.withdrawnAt).length;
  return { assessment, current: assessment.responseDeadline, deadline, suppliers };
}
