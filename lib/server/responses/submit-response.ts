import "server-only";
import { randomBytes } from "node:crypto";
import { firstIncompleteQuestion } from "@/lib/domain/responses/answers-complete";
import { firstUnansweredCondition } from "@/lib/domain/responses/conditions";
import type { ResponseEvidence } from "@/lib/domain/responses/evidence-copy";
import { receiptHash, submissionReference } from "@/lib/domain/responses/submission";
import { checkAnswersField, conditionField, questionField } from "@/lib/schemas/responses";
import type { Actor } from "@/lib/server/auth/actor";
import { ownResponse } from "@/lib/server/auth/scope";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { notifySubmissionReceipt } from "@/lib/server/notifications/events";
import { changeResponse, isSupplier } from "./access";

export type Submission = { reference: string; receiptHash: string; submittedAt: Date; repeated: boolean };

/**
 * Submits the actor's organisation's response, with its declaration, strictly before the deadline by the server's
 * clock. Every question must be answered, and every pass/fail condition of participation declared (the refusal
 * names the first one that is not). The reference and the receipt hash of the submitted content (answers,
 * evidence, files' SHA-256) are stored and shown.
 *
 * The declaration covers what the check answers page showed: `checkedVersion` is the response's version on that
 * page. When anyone changed the response since, nothing is submitted and the person is sent back to check it.
 * The clock is read once: the same instant decides the deadline, is stored as the submitted time and is sealed in
 * the receipt. Submitting the same checked version again (a second click) finds the submission already made and
 * answers with it (`repeated`): one submission, one reference.
 */
export async function submitResponse(actor: Actor, assessmentId: string, checkedVersion: number, now: () => Date = () => new Date()): Promise<Submission | null> {
  const at = now();
  const clock = () => at;
  try {
    return await changeResponse(actor, assessmentId, "submit", async (tx, { assessmentId: invitedTo, responseId, status, version, assessmentReference }) => {
      if (version !== checkedVersion) throw new AppError("RESPONSE_CHANGED", "response.changedSinceChecked", checkAnswersField);
      const [criteria, gates, answers, files, response] = await Promise.all([
        tx.assessmentCriterion.findMany({ where: { assessmentId: invitedTo }, orderBy: { position: "asc" }, select: { id: true } }),
        tx.assessmentGate.findMany({ where: { assessmentId: invitedTo }, orderBy: { position: "asc" }, select: { id: true } }),
        tx.responseAnswer.findMany({ where: { responseId } }),
        tx.responseFile.findMany({ where: { responseId } }),
        tx.response.findUniqueOrThrow({ where: { id: responseId }, select: { evidence: true, supplierOrganisationId: true } }),
      ]);
      // The field names the question, so that the form can say which one and link to it.
      const incomplete = firstIncompleteQuestion(criteria.map((criterion) => criterion.id), answers);
      if (incomplete?.problem === "unanswered") throw new AppError("INCOMPLETE", "response.incomplete", questionField(incomplete.criterionId));
      if (incomplete) throw new AppError("UNFINISHED", "response.unfinished", questionField(incomplete.criterionId));
      const evidence = JSON.parse(response.evidence) as ResponseEvidence;
      const unanswered = firstUnansweredCondition(gates, evidence.gateResults);
      // The field names the condition, so that the form can say which one and link to it.
      if (unanswered) throw new AppError("CONDITION_UNANSWERED", "response.conditionUnanswered", conditionField(unanswered.id));
      const submittedAt = at;
      const reference = submissionReference(assessmentReference, randomBytes(6));
      const hash = receiptHash({
        assessmentId: invitedTo,
        supplierOrganisationId: response.supplierOrganisationId,
        reference,
        submittedAt: submittedAt.toISOString(),
        answers: answers.map((answer) => ({ criterionId: answer.criterionId, answer: answer.answer, language: answer.language as "en" | "cy" })),
        evidence,
        files: files.map((file) => ({ criterionId: file.criterionId, fileName: file.fileName, mediaType: file.mediaType, size: file.size, sha256: file.sha256 })),
      });
      await tx.response.update({ where: { id: responseId }, data: { status: "submitted", submittedAt, reference, receiptHash: hash } });
      await notifySubmissionReceipt(tx, { assessmentId: invitedTo, submitterId: actor.userId, reference, receiptHash: hash, submittedAt });
      return {
        result: { reference, receiptHash: hash, submittedAt, repeated: false },
        change: { action: "response.submitted", before: { status, version }, after: { status: "submitted", reference, receiptHash: hash, declaration: true } },
      };
    }, clock);
  } catch (error) {
    // Refused because it is already submitted (or, since, closed): a second click on the form that submitted it.
    if (error instanceof AppError && (error.messageKey === "response.alreadySubmitted" || error.code === "DEADLINE_PASSED")) {
      const earlier = await submissionFrom(actor, assessmentId, checkedVersion);
      if (earlier) return earlier;
    }
    throw error;
  }
}

/**
 * The submission made from the checked version, if the response is still submitted. Submitting raised the version
 * by one, and nothing changes a submitted response (withdrawing raises it again), so it is exactly one more.
 */
async function submissionFrom(actor: Actor, assessmentId: string, checkedVersion: number): Promise<Submission | null> {
  if (!isSupplier(actor)) return null;
  const response = await db.response.findFirst({
    where: { ...ownResponse(actor, assessmentId), status: "submitted", version: checkedVersion + 1 },
    select: { reference: true, receiptHash: true, submittedAt: true },
  });
  if (!response?.reference || !response.receiptHash || !response.submittedAt) return null;
  return { reference: response.reference, receiptHash: response.receiptHash, submittedAt: response.submittedAt, repeated: true };
}

/** Withdraws a submitted response before the deadline, so that it can be changed and submitted again. */
export async function withdrawResponse(actor: Actor, assessmentId: string, now: () => Date = () => new Date()) {
  return changeResponse(actor, assessmentId, "withdraw", async (tx, { responseId }) => {
    const before = await tx.response.findUniqueOrThrow({ where: { id: responseId }, select: { reference: true, receiptHash: true } });
    await tx.response.update({ where: { id: responseId }, data: { status: "withdrawn", submittedAt: null } });
    return { result: true, change: { action: "response.withdrawn", before: { status: "submitted", ...before }, after: { status: "withdrawn" } } };
  }, now);
}
