import "server-only";
import { apiCallsPerMinute, apiTokenState, bearerToken, rateMinute, scopeAllows, secondsToNextMinute, type ApiTokenScope } from "@/lib/domain/api/tokens";
import { adminRoles } from "@/lib/domain/organisations/roles";
import type { Actor } from "@/lib/server/auth/actor";
import { actorOfMember } from "@/lib/server/auth/member-actor";
import { db } from "@/lib/server/db";
import { hashApiToken } from "./api-tokens";

export type ApiCaller = { tokenId: string; scope: ApiTokenScope; actor: Actor };

export type ApiRefusal = { status: 401; reason: "missing" | "invalid" | "expired" | "revoked" } | { status: 403; reason: "read-only" } | { status: 429; reason: "rate-limited"; retryAfter: number };

/**
 * Who is calling the API, from the `Authorization: Bearer` header only (a session cookie is never a way in, so the
 * API has no CSRF surface), with one more call counted against the token's minute. The token acts for its
 * organisation as the admin who made it, while they remain its admin: a read token with an admin's reading, a write
 * token with a procurement officer's powers (an admin cannot edit assessments in the web app). A token past its
 * limit for the minute is refused with the seconds to wait.
 */
export async function authenticateApiCall(authorization: string | null, needed: ApiTokenScope, now = new Date()): Promise<{ ok: true; caller: ApiCaller } | { ok: false; refusal: ApiRefusal }> {
  if (!authorization) return { ok: false, refusal: { status: 401, reason: "missing" } };
  const token = bearerToken(authorization);
  if (!token) return { ok: false, refusal: { status: 401, reason: "invalid" } };
  const row = await db.apiToken.findUnique({ where: { tokenHash: hashApiToken(token) } });
  if (!row) return { ok: false, refusal: { status: 401, reason: "invalid" } };
  const state = apiTokenState(row, now);
  if (state !== "active") return { ok: false, refusal: { status: 401, reason: state } };
  // A token stops working when the admin who made it leaves the organisation or is no longer an admin.
  const member = await actorOfMember(row.createdById, row.organisationId);
  if (!member || !adminRoles.includes(member.role)) return { ok: false, refusal: { status: 401, reason: "revoked" } };
  const scope = row.scope as ApiTokenScope;
  if (!scopeAllows(scope, needed)) return { ok: false, refusal: { status: 403, reason: "read-only" } };
  const minute = rateMinute(now);
  const counted = await db.apiTokenMinute.upsert({
    where: { tokenId_minute: { tokenId: row.id, minute } },
    create: { tokenId: row.id, minute, calls: 1 },
    update: { calls: { increment: 1 } },
  });
  // The minute's first call clears the token's earlier minutes.
  if (counted.calls === 1) await db.apiTokenMinute.deleteMany({ where: { tokenId: row.id, minute: { lt: minute } } });
  if (counted.calls > apiCallsPerMinute) return { ok: false, refusal: { status: 429, reason: "rate-limited", retryAfter: secondsToNextMinute(now) } };
  await db.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: now } });
  const role = member.organisationKind === "supplier" ? "supplier-admin" : scope === "write" ? "procurement-officer" : "organisation-admin";
  return { ok: true, caller: { tokenId: row.id, scope, actor: { ...member, role } } };
}
