import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { apiTokenPrefix, apiTokenState, type ApiTokenScope, type ApiTokenState } from "@/lib/domain/api/tokens";
import { adminRoles } from "@/lib/domain/organisations/roles";
import type { ApiTokenInput } from "@/lib/schemas/api-tokens";
import type { Actor } from "@/lib/server/auth/actor";
import { plainId } from "@/lib/server/auth/scope";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";

// An organisation's API tokens, made and revoked by its admins. A token is shown once, when made; the database keeps
// its SHA-256 and last four characters only, so nobody (a database reader included) can read a token back.

export const hashApiToken = (token: string) => createHash("sha256").update(token).digest("hex");

export type ApiTokenView = { id: string; name: string; scope: ApiTokenScope; lastCharacters: string; createdAt: Date; expiresAt: Date; lastUsedAt: Date | null; state: ApiTokenState; createdBy: string };

/** The organisation's tokens, newest first, for its admins; null for anyone else. */
export async function listApiTokens(actor: Actor, now = new Date()): Promise<ApiTokenView[] | null> {
  if (!adminRoles.includes(actor.role)) return null;
  const tokens = await db.apiToken.findMany({ where: { organisationId: plainId(actor.organisationId) }, orderBy: { createdAt: "desc" } });
  const people = await db.user.findMany({ where: { id: { in: [...new Set(tokens.map((t) => t.createdById))] } }, select: { id: true, name: true } });
  const nameOf = new Map(people.map((p) => [p.id, p.name]));
  return tokens.map((t) => ({
    id: t.id,
    name: t.name,
    scope: t.scope as ApiTokenScope,
    lastCharacters: t.lastCharacters,
    createdAt: t.createdAt,
    expiresAt: t.expiresAt,
    lastUsedAt: t.lastUsedAt,
    state: apiTokenState(t, now),
    createdBy: nameOf.get(t.createdById) ?? "",
  }));
}

/** One of the organisation's tokens that can still be revoked, for the confirmation page; null otherwise. */
export async function getRevocableApiToken(actor: Actor, tokenId: string, now = new Date()): Promise<ApiTokenView | null> {
  const tokens = await listApiTokens(actor, now);
  return tokens?.find((t) => t.id === tokenId && t.state !== "revoked") ?? null;
}

/** Makes a token for the admin's organisation; the token itself is returned this once. */
export async function createApiToken(actor: Actor, input: ApiTokenInput, now = new Date()): Promise<{ id: string; token: string; expiresAt: Date } | null> {
  if (!adminRoles.includes(actor.role)) return null;
  // A supplier organisation's systems read its own responses and profile; writing is for buyers' assessments.
  if (input.scope === "write" && actor.organisationKind !== "buyer") throw new AppError("READ_ONLY", "apiTokenScope.readOnly", "scope");
  const token = `${apiTokenPrefix}${randomBytes(32).toString("base64url")}`;
  const expiresAt = new Date(now.getTime() + input.lifetimeDays * 24 * 60 * 60 * 1000);
  return db.$transaction(async (tx) => {
    const created = await tx.apiToken.create({
      data: { organisationId: actor.organisationId, name: input.name, scope: input.scope, tokenHash: hashApiToken(token), lastCharacters: token.slice(-4), createdById: actor.userId, createdAt: now, expiresAt },
    });
    await recordAuditEvent(tx, {
      organisationId: actor.organisationId,
      actorOrganisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: "api-token.created",
      subjectType: "ApiToken",
      subjectId: created.id,
      after: { name: input.name, scope: input.scope, expiresAt: expiresAt.toISOString(), lastCharacters: created.lastCharacters },
    }, now);
    return { id: created.id, token, expiresAt };
  });
}

/** Revokes one of the organisation's tokens at once, on every instance; null when it is not the admin's to revoke. */
export async function revokeApiToken(actor: Actor, tokenId: string, now = new Date()): Promise<true | null> {
  if (!adminRoles.includes(actor.role)) return null;
  return db.$transaction(async (tx) => {
    const revoked = await tx.apiToken.updateMany({ where: { id: plainId(tokenId), organisationId: plainId(actor.organisationId), revokedAt: null }, data: { revokedAt: now, revokedById: actor.userId } });
    if (revoked.count !== 1) return null;
    await recordAuditEvent(tx, {
      organisationId: actor.organisationId,
      actorOrganisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: "api-token.revoked",
      subjectType: "ApiToken",
      subjectId: tokenId,
    }, now);
    return true;
  });
}
