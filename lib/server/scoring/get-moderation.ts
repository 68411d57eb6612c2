import "server-only";
import { needsModeration } from "@/lib/domain/scoring/evaluator-status";
import type { Bilingual } from "@/lib/domain/text";
import type { Actor } from "@/lib/server/auth/actor";
import { resultsOf } from "@/lib/server/assessments/get-results";
import { db } from "@/lib/server/db";
import { getScoringContext, type ScoringContext } from "./scoring-context";

export type ModerationItem = {
  supplierOrganisationId: string;
  supplierName: Bilingual;
  criterionId: string;
  spread: number;
  /** Every individual score stays in the record, with its justification, whatever the consensus. */
  scores: { evaluatorName: string; score: number; justification: string }[];
  consensus: { score: number; rationale: string; moderatorName: string } | null;
};

/**
 * The divergent criteria of every supplier, for the officer to moderate. A criterion is listed only once every
 * expected evaluator has scored it (the rules engine reports it as divergent only then), so moderation never shows
 * scores to an evaluator who has not yet submitted. Null when the actor is not the assessment's officer (404).
 */
export async function getModeration(actor: Actor, assessmentId: string, now = new Date()): Promise<(ScoringContext & { items: ModerationItem[]; waiting: number; problems: boolean }) | null> {
  const context = await getScoringContext(actor, assessmentId, now);
  if (!context?.isModerator) return null;
  if (!context.open) return { ...context, items: [], waiting: 0, problems: false };
  const results = await resultsOf(context.assessment, now);
  if (results.kind !== "results") return { ...context, items: [], waiting: 0, problems: results.kind === "problems" };
  const { result } = results.outcome;
  const [responses, scores, moderated] = await Promise.all([
    db.response.findMany({ where: { assessmentId: context.assessment.id, status: "submitted" }, select: { id: true, supplierOrganisationId: true } }),
    db.evaluatorScore.findMany({ where: { assessmentId: context.assessment.id }, select: { responseId: true, criterionId: true, evaluatorId: true, score: true, justification: true } }),
    db.moderatedScore.findMany({ where: { assessmentId: context.assessment.id }, select: { responseId: true, criterionId: true, moderatorId: true } }),
  ]);
  const people = await db.user.findMany({ where: { id: { in: [...new Set([...scores.map((s) => s.evaluatorId), ...moderated.map((m) => m.moderatorId)])] } }, select: { id: true, name: true } });
  const nameOf = (id: string) => people.find((p) => p.id === id)?.name ?? "";
  const responseOf = new Map(responses.map((r) => [r.supplierOrganisationId, r.id]));
  const items: ModerationItem[] = [];
  let waiting = 0;
  for (const supplier of result.suppliers) {
    const responseId = responseOf.get(supplier.supplierId)!;
    for (const criterion of supplier.criteria) {
      if (criterion.status === "missing-scores") waiting += 1;
      if (!needsModeration(criterion)) continue;
      const criterionId = results.criterionIdOf(criterion.criterionId);
      const cellScores = scores.filter((s) => s.responseId === responseId && s.criterionId === criterionId).sort((a, b) => nameOf(a.evaluatorId).localeCompare(nameOf(b.evaluatorId)));
      const moderator = moderated.find((m) => m.responseId === responseId && m.criterionId === criterionId);
      items.push({
        supplierOrganisationId: supplier.supplierId,
        supplierName: { en: supplier.name, cy: "" },
        criterionId,
        spread: criterion.spread ?? 0,
        scores: cellScores.map((s) => ({ evaluatorName: nameOf(s.evaluatorId), score: s.score, justification: s.justification })),
        consensus: criterion.consensus && { score: criterion.consensus.score, rationale: criterion.consensus.rationale, moderatorName: moderator ? nameOf(moderator.moderatorId) : "" },
      });
    }
  }
  const organisations = await db.organisation.findMany({ where: { id: { in: items.map((i) => i.supplierOrganisationId) }, kind: "supplier" }, select: { id: true, nameEn: true, nameCy: true } });
  for (const item of items) {
    const found = organisations.find((o) => o.id === item.supplierOrganisationId);
    if (found) item.supplierName = { en: found.nameEn, cy: found.nameCy ?? "" };
  }
  return { ...context, items, waiting, problems: false };
}
