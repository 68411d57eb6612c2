import "server-only";
import type { Actor } from "@/lib/server/auth/actor";
import { AppError } from "@/lib/server/errors";
import { changeAssessment } from "./access";

/**
 * Deletes a draft with its criteria, conditions, specialists' grants and comments. Never a published assessment:
 * suppliers have seen it. The audit event keeps what it was.
 */
export async function deleteDraft(actor: Actor, assessmentId: string, version: number) {
  return changeAssessment(actor, assessmentId, version, async (tx, assessment) => {
    const draft = await tx.assessment.findFirstOrThrow({ where: { id: assessment.id }, select: { title: true, reference: true, status: true, _count: { select: { criteria: true, comments: true } } } });
    if (draft.status !== "draft") throw new AppError("ASSESSMENT_PUBLISHED", "assessment.published");
    await tx.assessment.delete({ where: { id: assessment.id } });
    return { result: true, change: { action: "assessment.draft-deleted", before: { title: draft.title, reference: draft.reference, criteria: draft._count.criteria, comments: draft._count.comments } } };
  });
}
