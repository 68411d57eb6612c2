import "server-only";
import { randomBytes } from "node:crypto";
import type { Actor } from "@/lib/server/auth/actor";
import { byIdInOrganisation } from "@/lib/server/auth/scope";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { db } from "@/lib/server/db";
import { notifyMemberInvited } from "@/lib/server/notifications/events";
import { hashInvitationToken, invitationLifetimeMs } from "./invite-member";

/**
 * Makes a new link for an unused invitation of the admin's organisation, valid for another 7 days, and sends it
 * again: the old link stops working at once (only the new token's hash is kept). Null when it is not theirs.
 */
export async function resendMemberInvitation(actor: Actor, invitationId: string, now = new Date()): Promise<{ invitationId: string; token: string } | null> {
  return db.$transaction(async (tx) => {
    const invitation = await tx.invitation.findFirst({ where: { ...byIdInOrganisation(actor, invitationId), usedAt: null } });
    if (!invitation) return null;
    const token = randomBytes(32).toString("base64url");
    const expiresAt = new Date(now.getTime() + invitationLifetimeMs);
    const renewed = await tx.invitation.updateMany({ where: { id: invitation.id, usedAt: null, tokenHash: invitation.tokenHash }, data: { tokenHash: hashInvitationToken(token), expiresAt } });
    if (renewed.count !== 1) return null;
    await notifyMemberInvited(tx, { invitationId: invitation.id, organisationId: actor.organisationId, email: invitation.email, role: invitation.role, token, expiresAt });
    await recordAuditEvent(tx, { organisationId: actor.organisationId, actorOrganisationId: actor.organisationId, actorUserId: actor.userId, action: "member.invitation-resent", subjectType: "Invitation", subjectId: invitation.id, before: { expiresAt: invitation.expiresAt }, after: { expiresAt } }, now);
    return { invitationId: invitation.id, token };
  });
}
