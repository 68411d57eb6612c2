import "server-only";
import { evaluatorStatus, type ConflictDecision, type EvaluatorStatus } from "@/lib/domain/scoring/evaluator-status";
import type { Bilingual } from "@/lib/domain/text";
import type { Actor } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db";
import { getScoringContext, type ScoringContext } from "./scoring-context";

export type ScoringOverview = ScoringContext & {
  suppliers: { supplierOrganisationId: string; name: Bilingual; submittedAt: Date | null; status: EvaluatorStatus | null; draftSaved: boolean }[];
  /** For the moderator: conflicts awaiting a decision, then those decided, for the record. */
  conflicts: { id: string; evaluatorName: string; supplierName: Bilingual; details: string; decision: ConflictDecision | null; ownDeclaration: boolean }[];
};

const bi = (o: { nameEn: string; nameCy: string | null }): Bilingual => ({ en: o.nameEn, cy: o.nameCy ?? "" });

/**
 * The submitted responses with where the actor stands on each, and whether they have a draft sheet saved; six
 * queries whatever the number of suppliers.
 */
export async function getScoringOverview(actor: Actor, assessmentId: string, now = new Date()): Promise<ScoringOverview | null> {
  const context = await getScoringContext(actor, assessmentId, now);
  if (!context) return null;
  if (!context.open) return { ...context, suppliers: [], conflicts: [] };
  const [responses, declarations, mine, drafts] = await Promise.all([
    db.response.findMany({ where: { assessmentId: context.assessment.id, status: "submitted" }, select: { id: true, supplierOrganisationId: true, submittedAt: true }, orderBy: { submittedAt: "asc" } }),
    db.conflictDeclaration.findMany({ where: { assessmentId: context.assessment.id }, orderBy: { createdAt: "asc" } }),
    db.evaluatorScore.groupBy({ by: ["responseId"], where: { assessmentId: context.assessment.id, evaluatorId: actor.userId }, _count: { _all: true } }),
    db.scoreDraft.findMany({ where: { assessmentId: context.assessment.id, evaluatorId: actor.userId }, select: { responseId: true } }),
  ]);
  const conflicted = context.isModerator ? declarations.filter((d) => d.hasConflict) : [];
  const [organisations, evaluators] = await Promise.all([
    db.organisation.findMany({ where: { id: { in: responses.map((r) => r.supplierOrganisationId) }, kind: "supplier" }, select: { id: true, nameEn: true, nameCy: true } }),
    db.user.findMany({ where: { id: { in: conflicted.map((d) => d.evaluatorId) } }, select: { id: true, name: true } }),
  ]);
  const nameOf = new Map(organisations.map((o) => [o.id, bi(o)]));
  const submittedFor = new Map(mine.map((row) => [row.responseId, row._count._all]));
  const suppliers = responses.map((response) => {
    const declaration = declarations.find((d) => d.evaluatorId === actor.userId && d.supplierOrganisationId === response.supplierOrganisationId) ?? null;
    return {
      supplierOrganisationId: response.supplierOrganisationId,
      name: nameOf.get(response.supplierOrganisationId) ?? { en: "", cy: "" },
      submittedAt: response.submittedAt,
      status: context.isEvaluator ? evaluatorStatus(declaration && { hasConflict: declaration.hasConflict, decision: declaration.decision as ConflictDecision | null }, submittedFor.get(response.id) ?? 0) : null,
      draftSaved: drafts.some((draft) => draft.responseId === response.id),
    };
  });
  const conflicts = conflicted
    .filter((d) => nameOf.has(d.supplierOrganisationId))
    .map((d) => ({
      id: d.id,
      evaluatorName: evaluators.find((u) => u.id === d.evaluatorId)?.name ?? "",
      supplierName: nameOf.get(d.supplierOrganisationId)!,
      details: d.details,
      decision: d.decision as ConflictDecision | null,
      ownDeclaration: d.evaluatorId === actor.userId,
    }))
    .sort((a, b) => Number(a.decision !== null) - Number(b.decision !== null));
  return { ...context, suppliers, conflicts };
}
