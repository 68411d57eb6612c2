import "server-only";
import type { Role } from "@/lib/domain/organisations/roles";
import type { Actor } from "@/lib/server/auth/actor";
import { byIdInOrganisation, readableAssessment } from "@/lib/server/auth/scope";
import { recordAuditEvent, type AuditEntry } from "@/lib/server/audit/record-audit-event";
import { db, type Tx } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";

// Who may do what with a buyer organisation's assessments. Suppliers and other organisations never find them.
export const assessmentReaders: readonly Role[] = ["procurement-officer", "sustainability-specialist", "organisation-admin"];
export const assessmentEditors: readonly Role[] = ["procurement-officer"];

export function canRead(actor: Actor) {
  return actor.organisationKind === "buyer" && assessmentReaders.includes(actor.role);
}

export function canEdit(actor: Actor) {
  return actor.organisationKind === "buyer" && assessmentEditors.includes(actor.role);
}

/** The where-clause for one assessment the actor may read (see scope.ts), or null when they may read none. */
export function assessmentWhere(actor: Actor, assessmentId: string) {
  return canRead(actor) ? readableAssessment(actor, assessmentId) : null;
}

/** The assessment row a change works within: children are found inside it, never by an id from the request. */
export type ChangedAssessment = { id: string; organisationId: string; status: string; version: number; responseDeadline: Date; outcome: string | null };

type Change = { action: string; subjectType?: string; subjectId?: string; before?: unknown; after?: unknown };

/**
 * Every edit of an assessment goes through here: the actor must be an editor, the assessment theirs, still a draft
 * (unless `allowPublished`), and at the version the person was looking at. Taking the next version first means two
 * people saving at once cannot both win: the second is told, and keeps what they typed. Audited in the same
 * transaction. Null when the assessment is not found for this actor.
 */
export async function changeAssessment<T>(
  actor: Actor,
  assessmentId: string,
  expectedVersion: number | null,
  run: (tx: Tx, assessment: ChangedAssessment) => Promise<{ result: T; change: Change }>,
  options: { allowPublished?: boolean } = {},
): Promise<T | null> {
  if (!canEdit(actor)) return null;
  return db.$transaction(async (tx) => {
    const where = byIdInOrganisation(actor, assessmentId);
    const current = await tx.assessment.findFirst({ where, select: { id: true, organisationId: true, version: true, status: true, responseDeadline: true, outcome: true } });
    if (!current) return null;
    if (current.status !== "draft" && !options.allowPublished) throw new AppError("ASSESSMENT_PUBLISHED", "assessment.published");
    const version = expectedVersion ?? current.version;
    const claimed = await tx.assessment.updateMany({ where: { id: current.id, organisationId: actor.organisationId, version }, data: { version: { increment: 1 } } });
    if (claimed.count !== 1) throw new AppError("STALE_VERSION", "assessment.changedByOthers");
    const { result, change } = await run(tx, current);
    const entry: AuditEntry = {
      organisationId: actor.organisationId,
      actorOrganisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: change.action,
      subjectType: change.subjectType ?? "Assessment",
      subjectId: change.subjectId ?? current.id,
      before: change.before,
      after: change.after,
    };
    await recordAuditEvent(tx, entry);
    return result;
  });
}
