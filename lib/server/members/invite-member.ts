import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { isRoleAllowed } from "@/lib/domain/organisations/roles";
import type { InviteMemberInput } from "@/lib/schemas/members";
import type { Actor } from "@/lib/server/auth/actor";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { notifyMemberInvited } from "@/lib/server/notifications/events";

export const invitationLifetimeMs = 7 * 24 * 60 * 60 * 1000;

export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Creates a single-use invitation; only its hash is stored, the token itself is shown once to the admin. */
export async function inviteMember(actor: Actor, input: InviteMemberInput, now = new Date()): Promise<{ invitationId: string; token: string; expiresAt: Date }> {
  if (!isRoleAllowed(actor.organisationKind, input.role)) throw new AppError("ROLE_NOT_ALLOWED", "role.required", "role");
  const existing = await db.user.findUnique({ where: { email: input.email }, select: { memberships: { select: { organisationId: true } } } });
  if (existing) {
    const here = existing.memberships.some((membership) => membership.organisationId === actor.organisationId);
    throw new AppError(here ? "ALREADY_MEMBER" : "MEMBER_OF_ANOTHER_ORGANISATION", here ? "email.alreadyMember" : "email.otherOrganisation", "email");
  }
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + invitationLifetimeMs);
  const invitation = await db.$transaction(async (tx) => {
    const created = await tx.invitation.create({
      data: { organisationId: actor.organisationId, email: input.email, role: input.role, tokenHash: hashInvitationToken(token), expiresAt, createdById: actor.userId },
    });
    await notifyMemberInvited(tx, { invitationId: created.id, organisationId: actor.organisationId, email: input.email, role: input.role, token, expiresAt });
    await recordAuditEvent(tx, { organisationId: actor.organisationId, actorOrganisationId: actor.organisationId, actorUserId: actor.userId, action: "member.invited", subjectType: "Invitation", subjectId: created.id, after: { email: input.email, role: input.role, expiresAt } }, now);
    return created;
  });
  return { invitationId: invitation.id, token, expiresAt };
}
