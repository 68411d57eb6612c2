import "server-only";
import { randomBytes } from "node:crypto";
import { firstUnansweredCondition } from "@/lib/domain/responses/conditions";
import type { ResponseEvidence } from "@/lib/domain/responses/evidence-copy";
import { receiptHash, submissionReference } from "@/lib/domain/responses/submission";
import { conditionField } from "@/lib/schemas/responses";
import type { Actor } from "@/lib/server/auth/actor";
import { AppError } from "@/lib/server/errors";
import { changeResponse } from "./access";

/**
 * Submits the actor's organisation's response, with its declaration, strictly before the deadline by the server's
 * clock. Every question must be answered, and every pass/fail condition of participation declared (the refusal
 * names the first one that is not). The reference and the receipt hash of the submitted content (answers,
 * evidence, files' SHA-256) are stored and shown. Submitting twice is refused, never duplicated.
 */
export async function submitResponse(actor: Actor, assessmentId: string, now: () => Date = () => new Date()) {
  return changeResponse(actor, assessmentId, "submit", async (tx, { responseId, status, assessmentReference }) => {
    const [criteria, gates, answers, files, response] = await Promise.all([
      tx.assessmentCriterion.findMany({ where: { assessmentId }, select: { id: true } }),
      tx.assessmentGate.findMany({ where: { assessmentId }, orderBy: { position: "asc" }, select: { id: true } }),
      tx.responseAnswer.findMany({ where: { responseId } }),
      tx.responseFile.findMany({ where: { responseId } }),
      tx.response.findUniqueOrThrow({ where: { id: responseId }, select: { evidence: true, supplierOrganisationId: true } }),
    ]);
    const answered = new Set(answers.filter((answer) => answer.answer.trim()).map((answer) => answer.criterionId));
    if (criteria.some((criterion) => !answered.has(criterion.id))) throw new AppError("INCOMPLETE", "response.incomplete");
    const evidence = JSON.parse(response.evidence) as ResponseEvidence;
    const unanswered = firstUnansweredCondition(gates, evidence.gateResults);
    // The field names the condition, so that the form can say which one and link to it.
    if (unanswered) throw new AppError("CONDITION_UNANSWERED", "response.conditionUnanswered", conditionField(unanswered.id));
    const submittedAt = now();
    const reference = submissionReference(assessmentReference, randomBytes(6));
    const hash = receiptHash({
      assessmentId,
      supplierOrganisationId: response.supplierOrganisationId,
      reference,
      submittedAt: submittedAt.toISOString(),
      answers: answers.map((answer) => ({ criterionId: answer.criterionId, answer: answer.answer, language: answer.language as "en" | "cy" })),
      evidence,
      files: files.map((file) => ({ criterionId: file.criterionId, fileName: file.fileName, mediaType: file.mediaType, size: file.size, sha256: file.sha256 })),
    });
    await tx.response.update({ where: { id: responseId }, data: { status: "submitted", submittedAt, reference, receiptHash: hash } });
    return { result: { reference, receiptHash: hash, submittedAt }, change: { action: "response.submitted", before: { status }, after: { status: "submitted", reference, receiptHash: hash, declaration: true } } };
  }, now);
}

/** Withdraws a submitted response before the deadline, so that it can be changed and submitted again. */
export async function withdrawResponse(actor: Actor, assessmentId: string, now: () => Date = () => new Date()) {
  return changeResponse(actor, assessmentId, "withdraw", async (tx, { responseId }) => {
    const before = await tx.response.findUniqueOrThrow({ where: { id: responseId }, select: { reference: true, receiptHash: true } });
    await tx.response.update({ where: { id: responseId }, data: { status: "withdrawn", submittedAt: null } });
    return { result: true, change: { action: "response.withdrawn", before: { status: "submitted", ...before }, after: { status: "withdrawn" } } };
  }, now);
}
