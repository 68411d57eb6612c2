import "server-only";
import { checkMemberChange, isRoleAllowed, type Role } from "@/lib/domain/organisations/roles";
import type { Actor } from "@/lib/server/auth/actor";
import { inOrganisation } from "@/lib/server/auth/scope";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";

/** Changes a member's role, or removes them (newRole null); the last admin is kept. Null when not found. */
export async function changeMember(actor: Actor, membershipId: string, newRole: Role | null): Promise<{ name: string; unchanged: boolean } | null> {
  if (newRole !== null && !isRoleAllowed(actor.organisationKind, newRole)) throw new AppError("ROLE_NOT_ALLOWED", "role.required", "role");
  return db.$transaction(async (tx) => {
    const members = await tx.membership.findMany({ where: inOrganisation(actor), include: { user: { select: { name: true, email: true } } } });
    const target = members.find((member) => member.id === membershipId);
    if (!target) return null;
    const refusal = checkMemberChange(members.map((member) => ({ id: member.id, role: member.role as Role })), { membershipId, newRole });
    if (refusal) throw new AppError(refusal, target.userId === actor.userId ? "member.lastAdminYou" : "member.lastAdmin", newRole === null ? "form" : "role");
    // The role the member has already: nothing to change, and nothing recorded.
    if (newRole === target.role) return { name: target.user.name, unchanged: true };
    const before = { email: target.user.email, role: target.role };
    if (newRole === null) {
      await tx.membership.delete({ where: { id: target.id } });
    } else {
      await tx.membership.update({ where: { id: target.id }, data: { role: newRole } });
    }
    await recordAuditEvent(tx, {
      organisationId: actor.organisationId,
      actorOrganisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: newRole === null ? "member.removed" : "member.role-changed",
      subjectType: "Membership",
      subjectId: target.id,
      before,
      after: newRole === null ? null : { email: target.user.email, role: newRole },
    });
    return { name: target.user.name, unchanged: false };
  });
}
