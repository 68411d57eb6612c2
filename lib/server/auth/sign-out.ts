import "server-only";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { db } from "@/lib/server/db";

/**
 * Ends a person's sessions on the server: raising their session generation makes every token issued before refused
 * by getActor(), so a copied cookie stops working at sign-out. Only a token of the current generation may do it, so
 * a stale copied cookie cannot sign the person out of a later session.
 */
export async function endSessions(userId: string, generation: number, now = new Date()) {
  await db.$transaction(async (tx) => {
    const raised = await tx.user.updateMany({ where: { id: userId, sessionGeneration: generation }, data: { sessionGeneration: { increment: 1 } } });
    if (raised.count === 0) return;
    const membership = await tx.membership.findFirst({ where: { userId }, orderBy: { createdAt: "asc" }, select: { organisationId: true } });
    const organisationId = membership?.organisationId ?? null;
    await recordAuditEvent(tx, { organisationId, actorOrganisationId: organisationId, actorUserId: userId, action: "sign-out", subjectType: "User", subjectId: userId, before: { sessionGeneration: generation }, after: { sessionGeneration: generation + 1 } }, now);
  });
}
