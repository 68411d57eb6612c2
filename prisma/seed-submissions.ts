// What a seeded submitted response carries as a real one does: its receipt, sealed over what it holds.
import { receiptHash } from "@/lib/domain/responses/submission";
import type { Tx } from "@/lib/server/db";

/** Seals a seeded submitted response: its receipt's SHA-256 over the answers and evidence it was seeded with. */
export async function sealSeededSubmission(tx: Tx, responseId: string) {
  const response = await tx.response.findUniqueOrThrow({ where: { id: responseId }, include: { answers: true } });
  const hash = receiptHash({
    assessmentId: response.assessmentId,
    supplierOrganisationId: response.supplierOrganisationId,
    reference: response.reference ?? "",
    submittedAt: (response.submittedAt ?? new Date()).toISOString(),
    answers: response.answers.map((answer) => ({ criterionId: answer.criterionId, answer: answer.answer, language: answer.language as "en" | "cy" })),
    evidence: JSON.parse(response.evidence),
    files: [],
  });
  await tx.response.update({ where: { id: responseId }, data: { receiptHash: hash } });
}
