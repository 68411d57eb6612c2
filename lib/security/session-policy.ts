// How long a session lives, as a pure rule shared by the proxy (first fence), getActor() and the session endpoint.
// A session ends after `idleSeconds` without a request, and never lives past `absoluteSeconds` from sign-in,
// however often it was renewed. Times are in whole seconds since the epoch, as in a JWT.

export type SessionPolicy = { idleSeconds: number; absoluteSeconds: number; warningSeconds: number };

/** The claims this service adds to next-auth's JWT. */
export type SessionClaims = { userId: string; generation: number; signedInAt: number; lastSeenAt: number };

export type SessionVerdict =
  | { kind: "active"; claims: SessionClaims; expiresAt: number; absoluteExpiresAt: number }
  | { kind: "ended"; reason: "missing" | "malformed" | "idle" | "absolute" };

export const defaultSessionPolicy: SessionPolicy = { idleSeconds: 30 * 60, absoluteSeconds: 8 * 60 * 60, warningSeconds: 2 * 60 };

function positiveSeconds(value: string | undefined, fallback: number): number {
  const number = Number(value);
  return value && Number.isFinite(number) && number > 0 ? Math.round(number) : fallback;
}

/** SESSION_IDLE_TIMEOUT_SECONDS, SESSION_ABSOLUTE_TIMEOUT_SECONDS and SESSION_TIMEOUT_WARNING_SECONDS, or the defaults. */
export function sessionPolicyFromEnv(env: Record<string, string | undefined> = process.env): SessionPolicy {
  const absoluteSeconds = positiveSeconds(env.SESSION_ABSOLUTE_TIMEOUT_SECONDS, defaultSessionPolicy.absoluteSeconds);
  const idleSeconds = Math.min(positiveSeconds(env.SESSION_IDLE_TIMEOUT_SECONDS, defaultSessionPolicy.idleSeconds), absoluteSeconds);
  // The warning comes before the end, never at the start of a session.
  const warningSeconds = Math.min(positiveSeconds(env.SESSION_TIMEOUT_WARNING_SECONDS, defaultSessionPolicy.warningSeconds), Math.floor(idleSeconds / 2));
  return { idleSeconds, absoluteSeconds, warningSeconds };
}

export const nowInSeconds = (now: Date = new Date()) => Math.floor(now.getTime() / 1000);

const isWholeNumber = (value: unknown): value is number => typeof value === "number" && Number.isInteger(value) && value >= 0;

/** The claims of a session starting now. */
export function startedSession(userId: string, generation: number, now: number): SessionClaims {
  return { userId, generation, signedInAt: now, lastSeenAt: now };
}

/**
 * Whether a decoded token is a live session. A token without this service's claims (e.g. issued before they existed)
 * is malformed, so it is refused rather than trusted.
 */
export function sessionVerdict(token: Record<string, unknown> | null | undefined, now: number, policy: SessionPolicy): SessionVerdict {
  if (!token) return { kind: "ended", reason: "missing" };
  const { userId, generation, signedInAt, lastSeenAt } = token;
  if (typeof userId !== "string" || !userId || !isWholeNumber(generation) || !isWholeNumber(signedInAt) || !isWholeNumber(lastSeenAt)) {
    return { kind: "ended", reason: "malformed" };
  }
  // A minute's leeway for clocks; a session from the future, or seen before it began, was not made here.
  if (signedInAt > now + 60 || lastSeenAt < signedInAt) return { kind: "ended", reason: "malformed" };
  const absoluteExpiresAt = signedInAt + policy.absoluteSeconds;
  if (now >= absoluteExpiresAt) return { kind: "ended", reason: "absolute" };
  if (now >= lastSeenAt + policy.idleSeconds) return { kind: "ended", reason: "idle" };
  return {
    kind: "active",
    claims: { userId, generation, signedInAt, lastSeenAt },
    expiresAt: Math.min(lastSeenAt + policy.idleSeconds, absoluteExpiresAt),
    absoluteExpiresAt,
  };
}

/** A request seen now renews the idle limit; the sign-in time, and so the absolute limit, never moves. */
export function renewedSession<T extends Record<string, unknown>>(token: T, now: number): T & { lastSeenAt: number } {
  const signedInAt = typeof token.signedInAt === "number" ? token.signedInAt : now;
  return { ...token, lastSeenAt: Math.max(now, signedInAt) };
}

/** Seconds for which a session renewed now may live: the idle limit, cut short by the absolute one. */
export function secondsLeftAfterRenewal(claims: Pick<SessionClaims, "signedInAt">, now: number, policy: SessionPolicy): number {
  return Math.max(0, Math.min(policy.idleSeconds, claims.signedInAt + policy.absoluteSeconds - now));
}
