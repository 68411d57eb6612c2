import "server-only";
import { evaluatorStatus, type ConflictDecision } from "@/lib/domain/scoring/evaluator-status";
import type { ScoreDraft } from "@/lib/schemas/scoring";
import type { Actor } from "@/lib/server/auth/actor";
import { plainId } from "@/lib/server/auth/scope";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { getScoringContext } from "./scoring-context";

/**
 * An evaluator saves their score sheet for one supplier part-way, to come back to: kept for them alone, replaced by
 * each save, and removed when they submit. Only while they may score that response; null when it is not theirs (404).
 */
export async function saveScoreDraft(actor: Actor, assessmentId: string, supplierOrganisationId: string, values: ScoreDraft, now = new Date()) {
  const context = await getScoringContext(actor, assessmentId, now);
  if (!context?.isEvaluator || !context.open) return null;
  const response = await db.response.findFirst({ where: { assessmentId: context.assessment.id, supplierOrganisationId: plainId(supplierOrganisationId), status: "submitted" }, select: { id: true } });
  if (!response) return null;
  const [declaration, existing] = await Promise.all([
    db.conflictDeclaration.findUnique({ where: { assessmentId_evaluatorId_supplierOrganisationId: { assessmentId: context.assessment.id, evaluatorId: actor.userId, supplierOrganisationId: plainId(supplierOrganisationId) } } }),
    db.evaluatorScore.count({ where: { responseId: response.id, evaluatorId: actor.userId } }),
  ]);
  const status = evaluatorStatus(declaration && { hasConflict: declaration.hasConflict, decision: declaration.decision as ConflictDecision | null }, existing);
  if (status === "submitted") throw new AppError("ALREADY_SUBMITTED", "scoring.alreadySubmitted");
  if (status !== "score") return null;
  const saved = await db.scoreDraft.upsert({
    where: { responseId_evaluatorId: { responseId: response.id, evaluatorId: actor.userId } },
    create: { assessmentId: context.assessment.id, responseId: response.id, evaluatorId: actor.userId, values: JSON.stringify(values) },
    update: { values: JSON.stringify(values) },
    select: { updatedAt: true },
  });
  return { savedAt: saved.updatedAt };
}

/** The evaluator's own saved sheet for a response, as typed. */
export async function readScoreDraft(responseId: string, evaluatorId: string): Promise<ScoreDraft | null> {
  const draft = await db.scoreDraft.findUnique({ where: { responseId_evaluatorId: { responseId, evaluatorId } }, select: { values: true } });
  return draft && (JSON.parse(draft.values) as ScoreDraft);
}
