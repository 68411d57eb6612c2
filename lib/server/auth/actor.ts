import "server-only";
import { getServerSession } from "next-auth";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import type { Nation, OrganisationKind, Role } from "@/lib/domain/organisations/roles";
import { db } from "@/lib/server/db";
import { authOptions } from "./options";

/** The signed-in person as every use case sees them: one user acting in one organisation with one role. */
export type Actor = {
  userId: string;
  email: string;
  name: string;
  preferredLanguage: "en" | "cy";
  organisationId: string;
  organisationKind: OrganisationKind;
  organisationNameEn: string;
  organisationNameCy: string | null;
  nation: Nation;
  role: Role;
};

/**
 * Reads the session and the person's current membership from the database on every request, so a removed member
 * or a changed role takes effect at once. Cached per request.
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await getServerSession(authOptions);
  const userId = (session as { userId?: string } | null)?.userId;
  if (!userId) return null;
  const membership = await db.membership.findFirst({
    where: { userId },
    orderBy: { createdAt: "asc" },
    include: { user: true, organisation: true },
  });
  if (!membership) return null;
  return {
    userId,
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
});

/**
 * For pages, actions and route handlers: sends a signed-out person to sign in, and answers 404 to a role that has
 * no business here (a 404 rather than a 403, so that nothing is revealed).
 */
export async function requireActor(options: { roles?: readonly Role[]; returnTo?: string } = {}): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect(`/signin${options.returnTo ? `?callbackUrl=${encodeURIComponent(options.returnTo)}` : ""}`);
  if (options.roles && !options.roles.includes(actor.role)) notFound();
  return actor;
}
