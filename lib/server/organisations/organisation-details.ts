import "server-only";
import { adminRoles } from "@/lib/domain/organisations/roles";
import type { OrganisationIdentifierInput } from "@/lib/schemas/organisation";
import type { Actor } from "@/lib/server/auth/actor";
import { ownOrganisation } from "@/lib/server/auth/scope";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { db } from "@/lib/server/db";

/** The actor's organisation as its admin manages it; null for anyone but an admin. */
export async function getOrganisationDetails(actor: Actor) {
  if (!adminRoles.includes(actor.role)) return null;
  return db.organisation.findFirst({ where: ownOrganisation(actor), select: { id: true, nameEn: true, nameCy: true, identifierScheme: true, identifierId: true } });
}

/** Sets (or, both parts empty, removes) the organisation's identifier in an org-id.guide register. Admins only. */
export async function setOrganisationIdentifier(actor: Actor, input: OrganisationIdentifierInput): Promise<true | null> {
  if (!adminRoles.includes(actor.role)) return null;
  return db.$transaction(async (tx) => {
    const before = await tx.organisation.findFirst({ where: ownOrganisation(actor), select: { id: true, identifierScheme: true, identifierId: true } });
    if (!before) return null;
    const after = { identifierScheme: input.identifierScheme || null, identifierId: input.identifierScheme ? input.identifierId : null };
    // Saving what is already there changes nothing and is not recorded.
    if (after.identifierScheme === before.identifierScheme && after.identifierId === before.identifierId) return true;
    await tx.organisation.update({ where: { id: before.id }, data: after });
    await recordAuditEvent(tx, {
      organisationId: actor.organisationId,
      actorOrganisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: "organisation.identifier-changed",
      subjectType: "Organisation",
      subjectId: before.id,
      before: { identifierScheme: before.identifierScheme, identifierId: before.identifierId },
      after,
    });
    return true;
  });
}
