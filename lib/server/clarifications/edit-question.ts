import "server-only";
import type { Actor } from "@/lib/server/auth/actor";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { AppError } from "@/lib/server/errors";
import { changeOwnQuestion } from "./clarifications";

/**
 * The officer edits or redacts a supplier's question before it is published with its answer — to take out anything
 * that would identify who asked, say. Every supplier then sees this wording; the asker's own words stay in the
 * record. Once answered (published), the wording is fixed.
 */
export async function editQuestionWording(actor: Actor, assessmentId: string, questionId: string, wording: string, now = new Date()) {
  return changeOwnQuestion(actor, assessmentId, questionId, async (tx, question) => {
    if (question.answeredAt) throw new AppError("ALREADY_PUBLISHED", "clarification.published");
    const publishedQuestion = wording === question.question ? null : wording;
    await tx.clarificationQuestion.update({ where: { id: question.id }, data: { publishedQuestion } });
    await recordAuditEvent(tx, { organisationId: actor.organisationId, actorOrganisationId: actor.organisationId, actorUserId: actor.userId, action: "clarification.wording-edited", subjectType: "ClarificationQuestion", subjectId: question.id, before: { publishedQuestion: question.publishedQuestion }, after: { publishedQuestion } }, now);
    return { id: question.id };
  });
}
