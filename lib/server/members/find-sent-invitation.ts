import "server-only";
import type { Role } from "@/lib/domain/organisations/roles";
import type { Actor } from "@/lib/server/auth/actor";
import { byIdInOrganisation } from "@/lib/server/auth/scope";
import { db } from "@/lib/server/db";
import { hashInvitationToken } from "./invite-member";

/** For the confirmation page: the invitation just sent, if it is this organisation's and the token is its own. */
export async function findSentInvitation(actor: Actor, invitationId: string, token: string): Promise<{ email: string; role: Role; expiresAt: Date } | null> {
  const invitation = await db.invitation.findFirst({ where: { ...byIdInOrganisation(actor, invitationId), tokenHash: hashInvitationToken(token), usedAt: null } });
  return invitation && { email: invitation.email, role: invitation.role as Role, expiresAt: invitation.expiresAt };
}
