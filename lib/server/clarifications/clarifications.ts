import "server-only";
import type { ClarificationQuestion } from "@/lib/generated/prisma-sqlite/client";
import { isOpen } from "@/lib/domain/responses/deadline";
import { assessmentEditors, assessmentWhere } from "@/lib/server/assessments/access";
import type { Actor } from "@/lib/server/auth/actor";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { db, type Tx } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { notifyClarificationAnswered } from "@/lib/server/notifications/events";
import { isSupplier } from "@/lib/server/responses/access";
import { childOf, invitedAssessment } from "@/lib/server/auth/scope";
import { rewordQuestion } from "./reword-question";

// A supplier asks; the officer answers; the answer is published to every invited supplier without saying who asked.

/** For an invited supplier: every answered question, and its own organisation's questions awaiting an answer. */
export async function listQuestionsForSupplier(actor: Actor, assessmentId: string) {
  if (!isSupplier(actor)) return null;
  const assessment = await db.assessment.findFirst({ where: invitedAssessment(actor, assessmentId), select: { id: true } });
  if (!assessment) return null;
  const questions = await db.clarificationQuestion.findMany({
    where: { assessmentId: assessment.id, OR: [{ answeredAt: { not: null } }, { askedByOrganisationId: actor.organisationId }] },
    orderBy: { createdAt: "asc" },
    select: { id: true, question: true, publishedQuestion: true, answer: true, answeredAt: true, createdAt: true, askedByOrganisationId: true },
  });
  // Once published, everyone (the asker too) reads the wording the officer published.
  return questions.map(({ askedByOrganisationId, publishedQuestion, ...question }) => ({
    ...question,
    question: question.answeredAt && publishedQuestion ? publishedQuestion : question.question,
    askedByYou: askedByOrganisationId === actor.organisationId,
  }));
}

export async function askQuestion(actor: Actor, assessmentId: string, question: string, now = new Date()) {
  if (!isSupplier(actor)) return null;
  const assessment = await db.assessment.findFirst({ where: invitedAssessment(actor, assessmentId), select: { id: true, organisationId: true, responseDeadline: true, outcome: true } });
  if (!assessment) return null;
  if (assessment.outcome) throw new AppError("DECIDED", "response.decided");
  if (!isOpen(assessment.responseDeadline, now)) throw new AppError("DEADLINE_PASSED", "response.deadlinePassed");
  return db.$transaction(async (tx) => {
    const created = await tx.clarificationQuestion.create({ data: { assessmentId: assessment.id, askedByOrganisationId: actor.organisationId, question, createdAt: now } });
    // The question belongs to the buyer's tender: its chain records it, with the asking supplier's organisation.
    await recordAuditEvent(tx, { organisationId: assessment.organisationId, actorOrganisationId: actor.organisationId, actorUserId: actor.userId, action: "clarification.asked", subjectType: "ClarificationQuestion", subjectId: created.id, after: { assessmentId: assessment.id, question } }, now);
    return { id: created.id };
  });
}

/** For the buyer organisation's readers: every question of one of its assessments, without who asked. */
export async function listQuestionsForBuyer(actor: Actor, assessmentId: string) {
  const where = assessmentWhere(actor, assessmentId);
  if (!where) return null;
  const assessment = await db.assessment.findFirst({ where, select: { id: true, title: true, titleCy: true, reference: true } });
  if (!assessment) return null;
  const questions = await db.clarificationQuestion.findMany({ where: { assessmentId: assessment.id }, orderBy: { createdAt: "asc" }, select: { id: true, question: true, publishedQuestion: true, answer: true, answeredAt: true, createdAt: true } });
  return { assessment, questions };
}

/**
 * An officer's change to one question of an assessment of their own organisation, in one transaction: the question
 * is found within the assessment row just read, never by the ids alone. Null when either is not theirs.
 */
export async function changeOwnQuestion<T>(
  actor: Actor,
  assessmentId: string,
  questionId: string,
  change: (tx: Tx, question: ClarificationQuestion, assessment: { id: string; organisationId: string }) => Promise<T>,
): Promise<T | null> {
  if (actor.organisationKind !== "buyer" || !assessmentEditors.includes(actor.role)) return null;
  const where = assessmentWhere(actor, assessmentId);
  if (!where) return null;
  return db.$transaction(async (tx) => {
    const owned = await tx.assessment.findFirst({ where, select: { id: true, organisationId: true } });
    if (!owned || owned.organisationId !== actor.organisationId) return null;
    const question = await tx.clarificationQuestion.findFirst({ where: childOf(owned, questionId) });
    if (!question) return null;
    return change(tx, question, owned);
  });
}

/** The officer answers (or corrects an answer); it is published to every invited supplier at once. */
export async function answerQuestion(actor: Actor, assessmentId: string, questionId: string, answer: string, wording?: string, now = new Date()) {
  return changeOwnQuestion(actor, assessmentId, questionId, async (tx, question, owned) => {
    // The wording is fixed once published: a correction changes the answer only.
    if (wording !== undefined && question.answeredAt) throw new AppError("ALREADY_PUBLISHED", "clarification.published", "wording");
    const published = wording === undefined ? question : await rewordQuestion(tx, actor, question, wording, now);
    await tx.clarificationQuestion.update({ where: { id: question.id }, data: { answer, answeredById: actor.userId, answeredAt: now } });
    // Suppliers are sent the wording the officer published, never the asker's own words where they were reworded.
    await notifyClarificationAnswered(tx, { assessmentId: owned.id, questionId: question.id, question: published.publishedQuestion ?? question.question, answer, answeredAt: now });
    await recordAuditEvent(tx, { organisationId: actor.organisationId, actorOrganisationId: actor.organisationId, actorUserId: actor.userId, action: "clarification.answered", subjectType: "ClarificationQuestion", subjectId: question.id, before: { answer: question.answer }, after: { answer } }, now);
    return { id: question.id };
  });
}
