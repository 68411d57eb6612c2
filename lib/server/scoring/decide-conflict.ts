import "server-only";
import { checkConflictDecision, type ConflictDecision } from "@/lib/domain/scoring/evaluator-status";
import type { Actor } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { notifyConflictDecided } from "@/lib/server/notifications/events";
import { auditScoring, getScoringContext } from "./scoring-context";
import { childOf } from "@/lib/server/auth/scope";

const refusals = { NO_CONFLICT: "scoring.conflictNotFound", ALREADY_DECIDED: "scoring.conflictAlreadyDecided", OWN_DECLARATION: "scoring.conflictOwnDeclaration" } as const;

/**
 * The officer decides on a declared conflict: allowed (the evaluator may score that supplier) or excluded (they
 * are not expected to). Decided once, never by the person who declared it. Null when not theirs (404).
 */
export async function decideConflict(actor: Actor, assessmentId: string, declarationId: string, decision: ConflictDecision, now = new Date()) {
  const context = await getScoringContext(actor, assessmentId, now);
  if (!context?.isModerator) return null;
  return db.$transaction(async (tx) => {
    const declaration = await tx.conflictDeclaration.findFirst({ where: childOf(context.assessment, declarationId) });
    if (!declaration) return null;
    const refusal = checkConflictDecision({ ...declaration, decision: declaration.decision as ConflictDecision | null }, actor.userId);
    if (refusal) throw new AppError(refusal, refusals[refusal]);
    // Only a still-pending declaration changes, so two officers deciding at once cannot both win.
    const claimed = await tx.conflictDeclaration.updateMany({ where: { id: declaration.id, decision: null }, data: { decision, decidedById: actor.userId, decidedAt: now } });
    if (claimed.count !== 1) throw new AppError("ALREADY_DECIDED", refusals.ALREADY_DECIDED);
    await notifyConflictDecided(tx, { assessmentId: context.assessment.id, declarationId: declaration.id, evaluatorId: declaration.evaluatorId, supplierOrganisationId: declaration.supplierOrganisationId, decision });
    await auditScoring(tx, actor, context, { action: "scoring.conflict-decided", subjectType: "ConflictDeclaration", subjectId: declaration.id, before: { decision: null }, after: { decision, evaluatorId: declaration.evaluatorId, supplierOrganisationId: declaration.supplierOrganisationId } });
    return { decision };
  });
}
