import "server-only";
import { isOpen, refusal, type ResponseStatus } from "@/lib/domain/responses/deadline";
import type { Role } from "@/lib/domain/organisations/roles";
import type { Actor } from "@/lib/server/auth/actor";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { db, Prisma, type Tx } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { invitedAssessment, ownResponse, ownResponseById } from "@/lib/server/auth/scope";

// Who may do what with a supplier organisation's responses. Both supplier roles draft; only the admin submits
// and withdraws, because submitting commits the organisation to its bid.
export const responseDrafters: readonly Role[] = ["supplier-admin", "supplier-contributor"];
export const responseSubmitters: readonly Role[] = ["supplier-admin"];

export function isSupplier(actor: Actor) {
  return actor.organisationKind === "supplier" && responseDrafters.includes(actor.role);
}


/** Thrown inside a change when what it names (a criterion, a file) is not part of this response: answers 404. */
export class NotInResponse extends Error {
  constructor() {
    super("NOT_IN_RESPONSE");
  }
}

type Change = { action: string; subjectType?: string; subjectId?: string; before?: unknown; after?: unknown };

/**
 * Every change of a response goes through here. The response is created on the first change. Then, in one
 * transaction: the response row is claimed first (its version raised by one), which serialises changes to one
 * response on both databases; the deadline is checked by the server's clock; the change runs and is audited. So
 * every change raises the version, and a refused one (thrown) leaves it as it was. Null when the
 * assessment is not one the actor's organisation is invited to.
 */
export async function changeResponse<T>(
  actor: Actor,
  assessmentId: string,
  action: "change" | "submit" | "withdraw",
  run: (tx: Tx, context: { assessmentId: string; responseId: string; status: ResponseStatus; version: number; deadline: Date; assessmentReference: string }) => Promise<{ result: T; change: Change }>,
  now: () => Date = () => new Date(),
): Promise<T | null> {
  if (!isSupplier(actor)) return null;
  if (action !== "change" && !responseSubmitters.includes(actor.role)) throw new AppError("NOT_A_SUBMITTER", "response.adminSubmits");
  const assessment = await db.assessment.findFirst({ where: invitedAssessment(actor, assessmentId), select: { id: true, reference: true, responseDeadline: true, outcome: true } });
  if (!assessment) return null;
  if (assessment.outcome) throw new AppError("DECIDED", "response.decided");
  if (!isOpen(assessment.responseDeadline, now())) throw new AppError("DEADLINE_PASSED", "response.deadlinePassed");
  const responseId = await ensureResponse(actor, assessment.id, now);
  return db.$transaction(async (tx): Promise<T | null> => {
    const claimed = await tx.response.updateMany({ where: ownResponseById(actor, responseId), data: { version: { increment: 1 } } });
    if (claimed.count !== 1) return null;
    const current = await tx.response.findFirstOrThrow({ where: ownResponseById(actor, responseId), select: { status: true, version: true, assessment: { select: { responseDeadline: true, outcome: true } } } });
    // A procurement cancelled (or decided) while this change waited takes no more changes.
    if (current.assessment.outcome) throw new AppError("DECIDED", "response.decided");
    const status = current.status as ResponseStatus;
    // The clock is read inside the transaction, after the row is ours: what counts is when the change is made.
    const refused = refusal(action, status, current.assessment.responseDeadline, now());
    if (refused) throw new AppError(refused === "response.deadlinePassed" ? "DEADLINE_PASSED" : "WRONG_STATUS", refused);
    // The version the response had before this change claimed it: what a page that showed it was looking at.
    const { result, change } = await run(tx, { assessmentId: assessment.id, responseId, status, version: current.version - 1, deadline: current.assessment.responseDeadline, assessmentReference: assessment.reference });
    await recordAuditEvent(tx, {
      organisationId: actor.organisationId,
      actorOrganisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: change.action,
      subjectType: change.subjectType ?? "Response",
      subjectId: change.subjectId ?? responseId,
      before: change.before,
      after: change.after,
    });
    return result;
  }).catch((error: unknown) => {
    if (error instanceof NotInResponse) return null;
    throw error;
  });
}

/** The response's id, creating it (audited) on first use; two first saves at once both find the one row. */
async function ensureResponse(actor: Actor, assessmentId: string, now: () => Date): Promise<string> {
  const existing = await db.response.findFirst({ where: ownResponse(actor, assessmentId), select: { id: true } });
  if (existing) return existing.id;
  try {
    return await db.$transaction(async (tx) => {
      const created = await tx.response.create({ data: { assessmentId, supplierOrganisationId: actor.organisationId, startedAt: now() } });
      await recordAuditEvent(tx, { organisationId: actor.organisationId, actorOrganisationId: actor.organisationId, actorUserId: actor.userId, action: "response.started", subjectType: "Response", subjectId: created.id, after: { assessmentId } });
      return created.id;
    });
  } catch (error) {
    if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
    const raced = await db.response.findFirstOrThrow({ where: ownResponse(actor, assessmentId), select: { id: true } });
    return raced.id;
  }
}
