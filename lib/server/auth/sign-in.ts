import "server-only";
import { signInThrottleKeys } from "@/lib/security/throttle";
import { db } from "@/lib/server/db";
import { recordSecurityEvent } from "@/lib/server/security/record-security-event";
import { directClientAddress } from "./client-address";
import { verifyPassword } from "./password";
import { reserveSignInAttempt } from "./reserve-sign-in-attempt";

export type SignInOutcome =
  | { kind: "signed-in"; user: { id: string; email: string; name: string } }
  | { kind: "wrong-credentials" }
  | { kind: "throttled"; retryAt: Date };

export type PasswordCheck = (passwordHash: string | null, password: string) => Promise<boolean>;

/**
 * Checks an e-mail and password, throttled per account and per client address (when known): the attempt is counted
 * before its password is checked, so parallel guesses cannot slip past the limit. Every outcome goes to the security
 * log, never to an organisation's audit chain.
 */
export async function signInWithPassword(
  input: { email: string; password: string; address: string },
  now = new Date(),
  checkPassword: PasswordCheck = verifyPassword,
): Promise<SignInOutcome> {
  const email = input.email.trim().toLowerCase();
  const user = await db.user.findUnique({ where: { email }, select: { id: true, email: true, name: true, passwordHash: true } });
  const entry = { email, userId: user?.id ?? null, address: input.address };
  const keys = signInThrottleKeys(email, input.address === directClientAddress ? null : input.address);
  const [accountKey] = keys;

  const reservation = await reserveSignInAttempt(keys, now, (tx, retryAt) =>
    recordSecurityEvent(tx, { ...entry, kind: "sign-in.throttled", details: { retryAt: retryAt.toISOString() } }, now),
  );
  if (!reservation.allowed) return { kind: "throttled", retryAt: reservation.retryAt };

  // Checked even for an unknown account (against a dummy hash), so the time taken does not tell which exist.
  const passwordOk = await checkPassword(user?.passwordHash ?? null, input.password);
  if (!user || !passwordOk) {
    // The reservation stays: it is this failure's record.
    await recordSecurityEvent(db, { ...entry, kind: "sign-in.failed" }, now);
    return { kind: "wrong-credentials" };
  }

  await db.$transaction(async (tx) => {
    // Not a failure after all; and a successful sign-in clears the account's earlier failures (not the address's).
    await tx.signInFailure.deleteMany({ where: { OR: [{ id: { in: reservation.ids } }, { key: accountKey }] } });
    await recordSecurityEvent(tx, { ...entry, kind: "sign-in.succeeded" }, now);
  });
  return { kind: "signed-in", user: { id: user.id, email: user.email, name: user.name } };
}
