import "server-only";
import type { ClarificationQuestion } from "@/lib/generated/prisma-sqlite/client";
import type { Actor } from "@/lib/server/auth/actor";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import type { Tx } from "@/lib/server/db";

/**
 * The officer rewords or redacts a supplier's question as it is published with its answer — to take out anything
 * that would identify who asked, say. Every supplier then sees this wording; the asker's own words stay in the
 * record. Called in the answer's transaction, so what is published is exactly what was on the form.
 */
export async function rewordQuestion(tx: Tx, actor: Actor, question: ClarificationQuestion, wording: string, now: Date): Promise<ClarificationQuestion> {
  const publishedQuestion = wording === question.question ? null : wording;
  if (publishedQuestion === question.publishedQuestion) return question;
  const updated = await tx.clarificationQuestion.update({ where: { id: question.id }, data: { publishedQuestion } });
  await recordAuditEvent(tx, { organisationId: actor.organisationId, actorOrganisationId: actor.organisationId, actorUserId: actor.userId, action: "clarification.wording-edited", subjectType: "ClarificationQuestion", subjectId: question.id, before: { publishedQuestion: question.publishedQuestion }, after: { publishedQuestion } }, now);
  return updated;
}
