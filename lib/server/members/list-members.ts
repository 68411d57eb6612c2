import "server-only";
import type { Role } from "@/lib/domain/organisations/roles";
import type { Actor } from "@/lib/server/auth/actor";
import { inOrganisation } from "@/lib/server/auth/scope";
import { db } from "@/lib/server/db";

export type MemberRow = { id: string; userId: string; name: string; email: string; role: Role; isYou: boolean };

export async function listMembers(actor: Actor): Promise<{ members: MemberRow[]; pendingInvitations: { id: string; email: string; role: Role; expiresAt: Date }[] }> {
  const [memberships, invitations] = await Promise.all([
    db.membership.findMany({ where: inOrganisation(actor), include: { user: { select: { name: true, email: true } } }, orderBy: { user: { name: "asc" } } }),
    db.invitation.findMany({ where: { ...inOrganisation(actor), usedAt: null, expiresAt: { gt: new Date() } }, orderBy: { createdAt: "desc" } }),
  ]);
  return {
    members: memberships.map((membership) => ({
      id: membership.id,
      userId: membership.userId,
      name: membership.user.name,
      email: membership.user.email,
      role: membership.role as Role,
      isYou: membership.userId === actor.userId,
    })),
    pendingInvitations: invitations.map((invitation) => ({ id: invitation.id, email: invitation.email, role: invitation.role as Role, expiresAt: invitation.expiresAt })),
  };
}

/** One member of the actor's organisation, or null: another organisation's membership is never found. */
export async function getMember(actor: Actor, membershipId: string): Promise<MemberRow | null> {
  const membership = await db.membership.findFirst({ where: { id: membershipId, ...inOrganisation(actor) }, include: { user: { select: { name: true, email: true } } } });
  if (!membership) return null;
  return { id: membership.id, userId: membership.userId, name: membership.user.name, email: membership.user.email, role: membership.role as Role, isYou: membership.userId === actor.userId };
}
