// Sign-in throttling as a pure rule: a key (an account or a client address) that has failed `limit` times within
// `windowMs` is refused until the oldest of those failures leaves the window.

export type ThrottlePolicy = { limit: number; windowMs: number };
export type ThrottleDecision = { allowed: true; remaining: number } | { allowed: false; retryAt: Date };

export const signInThrottlePolicy: ThrottlePolicy = { limit: 5, windowMs: 15 * 60 * 1000 };

export function throttleDecision(failures: readonly Date[], now: Date, policy: ThrottlePolicy = signInThrottlePolicy): ThrottleDecision {
  const windowStart = now.getTime() - policy.windowMs;
  const recent = failures
    .map((failure) => failure.getTime())
    .filter((time) => time > windowStart && time <= now.getTime())
    .sort((a, b) => b - a);
  if (recent.length < policy.limit) return { allowed: true, remaining: policy.limit - recent.length };
  // The window reopens when the failure that made the count reach the limit grows old enough.
  const blocking = recent[policy.limit - 1];
  return { allowed: false, retryAt: new Date(blocking + policy.windowMs) };
}

/** The stricter of several decisions: refused if any is, with the latest time to try again. */
export function combineDecisions(decisions: readonly ThrottleDecision[]): ThrottleDecision {
  const refusals = decisions.filter((decision): decision is { allowed: false; retryAt: Date } => !decision.allowed);
  if (refusals.length === 0) {
    return { allowed: true, remaining: Math.min(...decisions.map((decision) => (decision.allowed ? decision.remaining : 0))) };
  }
  return { allowed: false, retryAt: new Date(Math.max(...refusals.map((refusal) => refusal.retryAt.getTime()))) };
}

/**
 * The keys a sign-in attempt counts against: the account, and the client address when it is known. An unknown
 * address (no trusted proxy) is not a key: one shared bucket would let any five wrong passwords lock everyone out.
 */
export function signInThrottleKeys(email: string, address: string | null): string[] {
  return [`account:${email}`, ...(address ? [`address:${address}`] : [])];
}
