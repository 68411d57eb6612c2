import "server-only";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import type { Actor } from "@/lib/server/auth/actor";
import { childOf } from "@/lib/server/auth/scope";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { notifyCommentResolved } from "@/lib/server/notifications/events";
import { assessmentWhere, changeAssessment } from "./access";

/**
 * A specialist (or the officer) comments on a draft's criteria or weights. A specialist must have been added to
 * the assessment. Comments do not change the assessment's version, so commenting never blocks the officer's edits.
 */
export async function addComment(actor: Actor, assessmentId: string, input: { criterionId: string; body: string }) {
  const where = assessmentWhere(actor, assessmentId);
  if (!where || actor.role === "organisation-admin") return null;
  return db.$transaction(async (tx) => {
    const assessment = await tx.assessment.findFirst({ where, include: { specialists: { where: { userId: actor.userId, revokedAt: null } }, criteria: { select: { id: true } } } });
    if (!assessment) return null;
    if (actor.role === "sustainability-specialist" && assessment.specialists.length === 0) return null;
    if (assessment.status !== "draft") throw new AppError("ASSESSMENT_PUBLISHED", "assessment.published");
    const criterionId = input.criterionId && assessment.criteria.some((criterion) => criterion.id === input.criterionId) ? input.criterionId : null;
    const comment = await tx.assessmentComment.create({ data: { assessmentId: assessment.id, criterionId, authorId: actor.userId, body: input.body } });
    // Recorded under the organisation that owns the assessment, whoever comments (a shared specialist too).
    await recordAuditEvent(tx, { organisationId: assessment.organisationId, actorOrganisationId: actor.organisationId, actorUserId: actor.userId, action: "assessment.comment-added", subjectType: "AssessmentComment", subjectId: comment.id, after: { criterionId, body: input.body } });
    return { id: comment.id, criterionId };
  });
}

/** The officer resolves a comment, saying what was done about it. */
export async function resolveComment(actor: Actor, assessmentId: string, commentId: string, resolution: string) {
  return changeAssessment(
    actor,
    assessmentId,
    null,
    async (tx, assessment) => {
      const comment = await tx.assessmentComment.findFirst({ where: { ...childOf(assessment, commentId), resolvedAt: null } });
      if (!comment) throw new AppError("NOT_FOUND", "comment.notFound");
      await tx.assessmentComment.update({ where: { id: comment.id }, data: { resolvedAt: new Date(), resolvedById: actor.userId, resolution } });
      await notifyCommentResolved(tx, { assessmentId: assessment.id, commentId: comment.id, authorId: comment.authorId, comment: comment.body, resolution });
      return { result: true, change: { action: "assessment.comment-resolved", subjectType: "AssessmentComment", subjectId: comment.id, after: { resolution } } };
    },
  );
}
