// API tokens for the public API (/api/v1): what a token may do, how long it lives, and how often it may be used.

export const apiTokenScopes = ["read", "write"] as const;
export type ApiTokenScope = (typeof apiTokenScopes)[number];

/** Days a new token lives, as the admin chooses; never for ever, so a forgotten token stops working. */
export const apiTokenLifetimes = [30, 90, 365] as const;

/** Every token starts with this, so that one pasted somewhere it should not be is easy to recognise and search for. */
export const apiTokenPrefix = "sict_";

/** Calls one token may make in a minute, across every instance of the service. */
export const apiCallsPerMinute = 120;

/** A write token may also read; a read token may only read. */
export function scopeAllows(scope: ApiTokenScope, needed: ApiTokenScope): boolean {
  return scope === "write" || needed === "read";
}

export type ApiTokenState = "active" | "expired" | "revoked";

export function apiTokenState(token: { expiresAt: Date; revokedAt: Date | null }, now: Date): ApiTokenState {
  if (token.revokedAt) return "revoked";
  return token.expiresAt.getTime() <= now.getTime() ? "expired" : "active";
}

/** The start of the minute a call falls in: calls are counted per token and minute. */
export function rateMinute(now: Date): Date {
  return new Date(Math.floor(now.getTime() / 60_000) * 60_000);
}

/** Seconds until the next minute starts, for `Retry-After` (at least 1). */
export function secondsToNextMinute(now: Date): number {
  return Math.max(1, Math.ceil((rateMinute(now).getTime() + 60_000 - now.getTime()) / 1000));
}

/**
 * A bearer credential as the API reads it from `Authorization`: the prefix and 43 base64url characters (32 random
 * bytes). Anything else is not a token of this service, and is refused before the database is asked.
 */
export function bearerToken(header: string | null): string | null {
  // The scheme's name is case-insensitive (RFC 9110).
  const match = /^bearer ([A-Za-z0-9_-]{1,100})$/i.exec(header?.trim() ?? "");
  const token = match?.[1] ?? null;
  return token && token.startsWith(apiTokenPrefix) && /^[A-Za-z0-9_-]{43}$/.test(token.slice(apiTokenPrefix.length)) ? token : null;
}
