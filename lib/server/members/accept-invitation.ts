import "server-only";
import type { Role } from "@/lib/domain/organisations/roles";
import type { AcceptInvitationInput } from "@/lib/schemas/members";
import { hashPassword } from "@/lib/server/auth/password";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { hashInvitationToken } from "./invite-member";

export type OpenInvitation = { email: string; role: Role; organisationNameEn: string; organisationNameCy: string | null };

/** The invitation behind a link, if it is unused and unexpired. */
export async function findOpenInvitation(token: string, now = new Date()): Promise<OpenInvitation | null> {
  const invitation = await db.invitation.findUnique({ where: { tokenHash: hashInvitationToken(token) }, include: { organisation: true } });
  if (!invitation || invitation.usedAt || invitation.expiresAt <= now) return null;
  return { email: invitation.email, role: invitation.role as Role, organisationNameEn: invitation.organisation.nameEn, organisationNameCy: invitation.organisation.nameCy };
}

/**
 * Creates the account and membership and spends the invitation, once: the conditional update means two
 * submissions of the same link cannot both succeed.
 */
export async function acceptInvitation(token: string, input: AcceptInvitationInput, preferredLanguage: "en" | "cy", now = new Date()): Promise<{ email: string }> {
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    const invitation = await tx.invitation.findUnique({ where: { tokenHash: hashInvitationToken(token) } });
    if (!invitation || invitation.usedAt || invitation.expiresAt <= now) throw new AppError("INVITATION_UNUSABLE", "invitation.unusable");
    const spent = await tx.invitation.updateMany({ where: { id: invitation.id, usedAt: null }, data: { usedAt: now } });
    if (spent.count !== 1) throw new AppError("INVITATION_UNUSABLE", "invitation.unusable");
    if (await tx.user.findUnique({ where: { email: invitation.email }, select: { id: true } })) throw new AppError("ALREADY_REGISTERED", "invitation.alreadyRegistered");
    const user = await tx.user.create({ data: { email: invitation.email, name: input.name, passwordHash, preferredLanguage } });
    const membership = await tx.membership.create({ data: { userId: user.id, organisationId: invitation.organisationId, role: invitation.role } });
    await recordAuditEvent(tx, { organisationId: invitation.organisationId, actorOrganisationId: invitation.organisationId, actorUserId: user.id, action: "member.joined", subjectType: "Membership", subjectId: membership.id, after: { email: invitation.email, role: invitation.role, invitationId: invitation.id } }, now);
    return { email: user.email };
  });
}
