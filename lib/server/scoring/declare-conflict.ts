import "server-only";
import type { Actor } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { auditScoring, getScoringContext, isUniqueClash } from "./scoring-context";
import { plainId } from "@/lib/server/auth/scope";

/**
 * An evaluator declares, before seeing a supplier's response, whether they have a conflict of interest with it.
 * A declaration is made once: a declared conflict then waits for the officer's decision. Null when not theirs (404).
 */
export async function declareConflict(actor: Actor, assessmentId: string, supplierOrganisationId: string, input: { hasConflict: boolean; details: string }, now = new Date()) {
  const context = await getScoringContext(actor, assessmentId, now);
  if (!context?.isEvaluator || !context.open) return null;
  try {
    return await db.$transaction(async (tx) => {
      const response = await tx.response.findFirst({ where: { assessmentId: context.assessment.id, supplierOrganisationId: plainId(supplierOrganisationId), status: "submitted" }, select: { id: true } });
      if (!response) return null;
      const existing = await tx.conflictDeclaration.findUnique({ where: { assessmentId_evaluatorId_supplierOrganisationId: { assessmentId: context.assessment.id, evaluatorId: actor.userId, supplierOrganisationId: plainId(supplierOrganisationId) } } });
      if (existing) throw new AppError("ALREADY_DECLARED", "scoring.conflictAlreadyDeclared");
      const details = input.hasConflict ? input.details : "";
      const declaration = await tx.conflictDeclaration.create({ data: { assessmentId: context.assessment.id, evaluatorId: actor.userId, supplierOrganisationId, hasConflict: input.hasConflict, details } });
      await auditScoring(tx, actor, context, { action: "scoring.conflict-declared", subjectType: "ConflictDeclaration", subjectId: declaration.id, after: { supplierOrganisationId, hasConflict: input.hasConflict, details } });
      return { id: declaration.id, hasConflict: input.hasConflict };
    });
  } catch (error) {
    if (isUniqueClash(error)) throw new AppError("ALREADY_DECLARED", "scoring.conflictAlreadyDeclared");
    throw error;
  }
}
