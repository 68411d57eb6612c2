import "server-only";
import type { Nation, OrganisationKind, Role } from "@/lib/domain/organisations/roles";
import { db as appDb, type Db } from "@/lib/server/db";
import type { Actor } from "./actor";

type MembershipRow = {
  userId: string;
  organisationId: string;
  role: string;
  user: { email: string; name: string; preferredLanguage: string };
  organisation: { kind: string; nameEn: string; nameCy: string | null; nation: string };
};

/** A person acting in one organisation, from their membership row (with its user and organisation). */
export function actorOfMembership(membership: MembershipRow): Actor {
  return {
    userId: membership.userId,
    email: membership.user.email,
    name: membership.user.name,
    preferredLanguage: membership.user.preferredLanguage === "cy" ? "cy" : "en",
    organisationId: membership.organisationId,
    organisationKind: membership.organisation.kind as OrganisationKind,
    organisationNameEn: membership.organisation.nameEn,
    organisationNameCy: membership.organisation.nameCy,
    nation: membership.organisation.nation as Nation,
    role: membership.role as Role,
  };
}

/**
 * The person as they are now in the organisation, for work done on their behalf after their request (a file prepared
 * in the background): null when they have left it, so the work is refused as their request would be.
 */
export async function actorOfMember(userId: string, organisationId: string, db: Db = appDb): Promise<Actor | null> {
  const membership = await db.membership.findFirst({ where: { userId, organisationId }, orderBy: { createdAt: "asc" }, include: { user: true, organisation: true } });
  return membership ? actorOfMembership(membership) : null;
}
