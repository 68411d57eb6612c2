import "server-only";
import type { ScoreSheet } from "@/lib/schemas/scoring";
import type { Actor } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { auditScoring, evaluatorStanding, getScoringContext, isUniqueClash } from "./scoring-context";

const refusals = {
  "declare-conflict": ["DECLARE_FIRST", "scoring.declareFirst"],
  "conflict-pending": ["CONFLICT_PENDING", "scoring.conflictPending"],
  excluded: ["EXCLUDED", "scoring.excluded"],
  submitted: ["ALREADY_SUBMITTED", "scoring.alreadySubmitted"],
} as const;

/**
 * An evaluator submits their scores for one supplier: every criterion at once, each with a justification. Scores
 * are written only here, so having scores means "submitted"; they are then final (a divergence is settled by
 * moderation, never by changing one's score after seeing the others'). Null when not theirs to score (404).
 */
export async function submitScores(actor: Actor, assessmentId: string, supplierOrganisationId: string, sheet: ScoreSheet, now = new Date()) {
  const context = await getScoringContext(actor, assessmentId, now);
  if (!context?.isEvaluator || !context.open) return null;
  const criterionIds = context.assessment.criteria.map((c) => c.id).sort();
  if (JSON.stringify(sheet.map((s) => s.criterionId).sort()) !== JSON.stringify(criterionIds)) throw new AppError("INCOMPLETE_SHEET", "scoring.sheetChanged");
  const scale = context.assessment.scale.map((p) => p.value);
  if (sheet.some((s) => !scale.includes(s.score))) throw new AppError("NOT_ON_SCALE", "scoring.sheetChanged");
  try {
    return await db.$transaction(async (tx) => {
      const standing = await evaluatorStanding(tx, actor, context, supplierOrganisationId);
      if (!standing) return null;
      if (standing.status !== "score") throw new AppError(refusals[standing.status][0], refusals[standing.status][1]);
      const response = { id: standing.responseId };
      await tx.scoreDraft.deleteMany({ where: { responseId: response.id, evaluatorId: actor.userId } });
      await tx.evaluatorScore.createMany({ data: sheet.map((s) => ({ assessmentId: context.assessment.id, responseId: response.id, criterionId: s.criterionId, evaluatorId: actor.userId, score: s.score, justification: s.justification })) });
      await auditScoring(tx, actor, context, { action: "scoring.scores-submitted", subjectType: "Response", subjectId: response.id, after: { supplierOrganisationId, scores: sheet } });
      return { submitted: sheet.length };
    });
  } catch (error) {
    // A second submission racing the first hits the unique (response, criterion, evaluator) and changes nothing.
    if (isUniqueClash(error)) throw new AppError(refusals.submitted[0], refusals.submitted[1]);
    throw error;
  }
}
