import "server-only";
import { evaluatorStatus, maySeeResponse, type ConflictDecision } from "@/lib/domain/scoring/evaluator-status";
import type { Actor } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db";
import { getScoringContext } from "./scoring-context";

/**
 * Whether a buyer-side person may read a response's content (for example download one of its files): after the
 * deadline, a submitted response, and either the assessment's officer or an evaluator who declared no conflict
 * with that supplier (or whose conflict the officer allowed).
 */
export async function mayReadResponse(actor: Actor, responseId: string, now = new Date()): Promise<boolean> {
  const response = await db.response.findFirst({ where: { id: responseId, status: "submitted" }, select: { id: true, assessmentId: true, supplierOrganisationId: true } });
  if (!response) return false;
  const context = await getScoringContext(actor, response.assessmentId, now);
  if (!context?.open) return false;
  if (context.isModerator && !context.isEvaluator) return true;
  const [declaration, scored] = await Promise.all([
    db.conflictDeclaration.findUnique({ where: { assessmentId_evaluatorId_supplierOrganisationId: { assessmentId: response.assessmentId, evaluatorId: actor.userId, supplierOrganisationId: response.supplierOrganisationId } } }),
    db.evaluatorScore.count({ where: { responseId, evaluatorId: actor.userId } }),
  ]);
  return maySeeResponse(evaluatorStatus(declaration && { hasConflict: declaration.hasConflict, decision: declaration.decision as ConflictDecision | null }, scored));
}
