import "server-only";
import type { Actor } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { getModeration } from "./get-moderation";
import { auditScoring, isUniqueClash } from "./scoring-context";
import { plainId } from "@/lib/server/auth/scope";

/**
 * The officer records the consensus score the evaluators agreed for a divergent criterion, with its rationale.
 * The individual scores stay as they were. Once only: the record is not rewritten. Null when not theirs (404).
 */
export async function recordConsensus(actor: Actor, assessmentId: string, supplierOrganisationId: string, criterionId: string, input: { score: number; rationale: string }, now = new Date()) {
  const moderation = await getModeration(actor, assessmentId, now);
  if (!moderation || !moderation.open) return null;
  const item = moderation.items.find((i) => i.supplierOrganisationId === supplierOrganisationId && i.criterionId === criterionId);
  if (!item) throw new AppError("NOT_DIVERGENT", "scoring.notDivergent");
  if (item.consensus) throw new AppError("ALREADY_MODERATED", "scoring.consensusAlreadyRecorded");
  if (!moderation.assessment.scale.some((p) => p.value === input.score)) throw new AppError("NOT_ON_SCALE", "scoring.scoreInvalid", "score");
  try {
    return await db.$transaction(async (tx) => {
      const response = await tx.response.findFirst({ where: { assessmentId: moderation.assessment.id, supplierOrganisationId: plainId(supplierOrganisationId), status: "submitted" }, select: { id: true } });
      if (!response) return null;
      const moderated = await tx.moderatedScore.create({ data: { assessmentId: moderation.assessment.id, responseId: response.id, criterionId: item.criterionId, score: input.score, rationale: input.rationale, moderatorId: actor.userId } });
      await auditScoring(tx, actor, moderation, {
        action: "scoring.consensus-recorded",
        subjectType: "ModeratedScore",
        subjectId: moderated.id,
        before: { supplierOrganisationId, criterionId, scores: item.scores.map((s) => ({ evaluator: s.evaluatorName, score: s.score })) },
        after: { score: input.score, rationale: input.rationale },
      });
      return { id: moderated.id };
    });
  } catch (error) {
    if (isUniqueClash(error)) throw new AppError("ALREADY_MODERATED", "scoring.consensusAlreadyRecorded");
    throw error;
  }
}
