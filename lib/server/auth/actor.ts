import "server-only";
import { getToken } from "next-auth/jwt";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import type { Nation, OrganisationKind, Role } from "@/lib/domain/organisations/roles";
import { nowInSeconds, sessionVerdict } from "@/lib/security/session-policy";
import { db } from "@/lib/server/db";
import { pageNotFound } from "@/lib/server/page-not-found";
import { authSecret, sessionPolicy, useSecureCookies } from "./config";
import { actorOfMembership } from "./member-actor";

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

/** The session cookie, judged by its idle and absolute limits (not yet by its generation). Cached per request. */
const readSession = cache(async () => {
  // The cookie only: a bearer token in an Authorization header is not a way in.
  const token = await getToken({ req: { cookies: await cookies(), headers: {} } as never, secret: authSecret(), secureCookie: useSecureCookies });
  return sessionVerdict(token, nowInSeconds(), sessionPolicy);
});

/** When the signed-in session ends whatever happens (seconds since the epoch): the absolute limit from sign-in. */
export async function sessionAbsoluteExpiresAt(): Promise<number | null> {
  const verdict = await readSession();
  return verdict.kind === "active" ? verdict.absoluteExpiresAt : null;
}

/**
 * Reads the session and the person's current membership from the database on every request, so a removed member
 * or a changed role takes effect at once. A session past its idle or absolute limit, or issued before the person
 * last signed out (an older session generation), is no session. Cached per request.
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const verdict = await readSession();
  if (verdict.kind !== "active") return null;
  const { userId, generation } = verdict.claims;
  const membership = await db.membership.findFirst({
    where: { userId },
    orderBy: { createdAt: "asc" },
    include: { user: true, organisation: true },
  });
  if (!membership || membership.user.sessionGeneration !== generation) return null;
  return actorOfMembership(membership);
});

/**
 * For pages, actions and route handlers: sends a signed-out person to sign in, and answers 404 to a role that has
 * no business here (a 404 rather than a 403, so that nothing is revealed).
 */
export async function requireActor(options: { roles?: readonly Role[]; returnTo?: string } = {}): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect(`/signin${options.returnTo ? `?callbackUrl=${encodeURIComponent(options.returnTo)}` : ""}`);
  if (options.roles && !options.roles.includes(actor.role)) pageNotFound();
  return actor;
}
