import "server-only";
import type { Actor } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db";

/** The other admins of the signed-in person's own organisation, whom they can ask for help: names and e-mail addresses. */
export async function organisationAdmins(actor: Actor): Promise<{ name: string; email: string }[]> {
  const role = actor.organisationKind === "supplier" ? "supplier-admin" : "organisation-admin";
  const memberships = await db.membership.findMany({
    where: { organisationId: actor.organisationId, role, userId: { not: actor.userId } },
    select: { user: { select: { name: true, email: true } } },
    orderBy: { createdAt: "asc" },
  });
  return memberships.map((membership) => membership.user);
}
