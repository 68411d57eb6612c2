import "server-only";
import { evaluatorStatus, type ConflictDecision, type EvaluatorStatus } from "@/lib/domain/scoring/evaluator-status";
import { canEdit } from "@/lib/server/assessments/access";
import { getAssessment, type AssessmentView } from "@/lib/server/assessments/get-assessment";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import type { Actor } from "@/lib/server/auth/actor";
import { plainId } from "@/lib/server/auth/scope";
import type { Db, Tx } from "@/lib/server/db";

export type ScoringContext = {
  assessment: AssessmentView;
  /** Scoring opens at the response deadline: responses are sealed until then. */
  open: boolean;
  /** The officer who created the assessment and every specialist with an active part in it. */
  evaluatorIds: string[];
  isEvaluator: boolean;
  /** A procurement officer of the buyer organisation: decides on conflicts and records consensus scores. */
  isModerator: boolean;
};

/**
 * The published assessment as scoring sees it, for an evaluator or a moderator only; null (404) for anyone else,
 * including people of other organisations, specialists without a part in it and organisation admins.
 */
export async function getScoringContext(actor: Actor, assessmentId: string, now = new Date()): Promise<ScoringContext | null> {
  const assessment = await getAssessment(actor, assessmentId);
  if (!assessment || assessment.status !== "published") return null;
  const evaluatorIds = [...new Set([assessment.createdById, ...assessment.specialists.map((s) => s.userId)])];
  const isEvaluator = evaluatorIds.includes(actor.userId);
  const isModerator = canEdit(actor) && assessment.organisationId === actor.organisationId;
  if (!isEvaluator && !isModerator) return null;
  return { assessment, open: assessment.responseDeadline.getTime() <= now.getTime(), evaluatorIds, isEvaluator, isModerator };
}

/**
 * A supplier's submitted response and where the evaluator stands on it: to declare conflicts first, a conflict
 * pending or excluded, to score, or submitted. Null when the supplier has no submitted response.
 */
export async function evaluatorStanding(client: Db | Tx, actor: Actor, context: ScoringContext, supplierOrganisationId: string): Promise<{ responseId: string; status: EvaluatorStatus } | null> {
  const supplier = plainId(supplierOrganisationId);
  const response = await client.response.findFirst({ where: { assessmentId: context.assessment.id, supplierOrganisationId: supplier, status: "submitted" }, select: { id: true } });
  if (!response) return null;
  const [declaration, existing] = await Promise.all([
    client.conflictDeclaration.findUnique({ where: { assessmentId_evaluatorId_supplierOrganisationId: { assessmentId: context.assessment.id, evaluatorId: actor.userId, supplierOrganisationId: supplier } } }),
    client.evaluatorScore.count({ where: { responseId: response.id, evaluatorId: actor.userId } }),
  ]);
  return { responseId: response.id, status: evaluatorStatus(declaration && { hasConflict: declaration.hasConflict, decision: declaration.decision as ConflictDecision | null }, existing) };
}

/** Scoring events belong to the buyer organisation's record, whoever (a shared specialist too) made them. */
export function auditScoring(tx: Tx, actor: Actor, context: ScoringContext, event: { action: string; subjectType: string; subjectId: string; before?: unknown; after?: unknown }) {
  return recordAuditEvent(tx, { organisationId: context.assessment.organisationId, actorOrganisationId: actor.organisationId, actorUserId: actor.userId, ...event });
}

/** A unique-constraint clash: someone (or a second click) got there first. */
export function isUniqueClash(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: string }).code === "P2002";
}
