import "server-only";
import { combineDecisions, signInThrottlePolicy, throttleDecision } from "@/lib/security/throttle";
import { db, type Tx } from "@/lib/server/db";

export type Reservation = { allowed: true; ids: string[] } | { allowed: false; retryAt: Date };

// Waiting for a throttle key's lock is expected when many attempts arrive at once; give it room.
const transactionOptions = { maxWait: 20_000, timeout: 20_000 };

/**
 * Decides whether a sign-in attempt may check its password, atomically: each throttle key's row is locked (an upsert
 * takes a PostgreSQL row lock; SQLite has a single writer), then the key's recent failures are counted and, if the
 * attempt is allowed, it is counted as a failure straight away. Parallel attempts on one key are thus decided one
 * after another, and at most `limit` of them ever reach the password check. A successful attempt releases its
 * reservation. `onRefused` runs in the same transaction (to log the refusal).
 */
export async function reserveSignInAttempt(keys: readonly string[], now: Date, onRefused?: (tx: Tx, retryAt: Date) => Promise<unknown>): Promise<Reservation> {
  // One order for every attempt, so two attempts that share keys never wait for each other in a circle.
  const ordered = [...new Set(keys)].sort();
  const since = new Date(now.getTime() - signInThrottlePolicy.windowMs);
  return db.$transaction(async (tx): Promise<Reservation> => {
    for (const key of ordered) {
      await tx.signInThrottleKey.upsert({ where: { key }, create: { key, lastAttemptAt: now }, update: { lastAttemptAt: now } });
    }
    // Failures that have left the window never count again: drop them while the keys are ours.
    await tx.signInFailure.deleteMany({ where: { key: { in: ordered }, createdAt: { lte: since } } });
    const failures = await tx.signInFailure.findMany({ where: { key: { in: ordered }, createdAt: { gt: since } }, select: { key: true, createdAt: true } });
    const decision = combineDecisions(ordered.map((key) => throttleDecision(failures.filter((failure) => failure.key === key).map((failure) => failure.createdAt), now)));
    if (!decision.allowed) {
      await onRefused?.(tx, decision.retryAt);
      return decision;
    }
    const ids: string[] = [];
    for (const key of ordered) ids.push((await tx.signInFailure.create({ data: { key, createdAt: now }, select: { id: true } })).id);
    return { allowed: true, ids };
  }, transactionOptions);
}
