import "server-only";
import type { ScoreDraft } from "@/lib/schemas/scoring";
import type { Actor } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { evaluatorStanding, getScoringContext } from "./scoring-context";

/**
 * An evaluator saves their score sheet for one supplier part-way, to come back to: kept for them alone, replaced by
 * each save, and removed when they submit. Only while they may score that response; null when it is not theirs (404).
 */
export async function saveScoreDraft(actor: Actor, assessmentId: string, supplierOrganisationId: string, values: ScoreDraft, now = new Date()) {
  const context = await getScoringContext(actor, assessmentId, now);
  if (!context?.isEvaluator || !context.open) return null;
  const standing = await evaluatorStanding(db, actor, context, supplierOrganisationId);
  if (standing?.status === "submitted") throw new AppError("ALREADY_SUBMITTED", "scoring.alreadySubmitted");
  if (standing?.status !== "score") return null;
  const saved = await db.scoreDraft.upsert({
    where: { responseId_evaluatorId: { responseId: standing.responseId, evaluatorId: actor.userId } },
    create: { assessmentId: context.assessment.id, responseId: standing.responseId, evaluatorId: actor.userId, values: JSON.stringify(values) },
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
