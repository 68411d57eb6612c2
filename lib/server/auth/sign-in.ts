import "server-only";
import { combineDecisions, signInThrottlePolicy, throttleDecision } from "@/lib/security/throttle";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { db } from "@/lib/server/db";
import { verifyPassword } from "./password";

export type SignInOutcome =
  | { kind: "signed-in"; user: { id: string; email: string; name: string } }
  | { kind: "wrong-credentials" }
  | { kind: "throttled"; retryAt: Date };

const accountKey = (email: string) => `account:${email}`;
const addressKey = (address: string) => `address:${address}`;

/** Checks an e-mail and password, throttled per account and per client address; every outcome is audited. */
export async function signInWithPassword(input: { email: string; password: string; address: string }, now = new Date()): Promise<SignInOutcome> {
  const email = input.email.trim().toLowerCase();
  const keys = [accountKey(email), addressKey(input.address)];
  const since = new Date(now.getTime() - signInThrottlePolicy.windowMs);
  const failures = await db.signInFailure.findMany({ where: { key: { in: keys }, createdAt: { gt: since } }, select: { key: true, createdAt: true } });
  const decision = combineDecisions(keys.map((key) => throttleDecision(failures.filter((failure) => failure.key === key).map((failure) => failure.createdAt), now)));

  const user = await db.user.findUnique({ where: { email }, include: { memberships: { select: { organisationId: true }, take: 1 } } });
  const organisationId = user?.memberships[0]?.organisationId ?? null;
  const event = (action: string, after: Record<string, unknown> = {}) => ({
    organisationId, actorUserId: user?.id ?? null, action, subjectType: "User", subjectId: user?.id ?? null, after: { email, address: input.address, ...after },
  });

  if (!decision.allowed) {
    await db.$transaction((tx) => recordAuditEvent(tx, event("sign-in.throttled", { retryAt: decision.retryAt.toISOString() }), now));
    return { kind: "throttled", retryAt: decision.retryAt };
  }

  const passwordOk = await verifyPassword(user?.passwordHash ?? null, input.password);
  if (!user || !passwordOk) {
    await db.$transaction(async (tx) => {
      await tx.signInFailure.createMany({ data: keys.map((key) => ({ key, createdAt: now })) });
      await recordAuditEvent(tx, event("sign-in.failed"), now);
    });
    return { kind: "wrong-credentials" };
  }

  await db.$transaction(async (tx) => {
    await tx.signInFailure.deleteMany({ where: { key: accountKey(email) } });
    await recordAuditEvent(tx, event("sign-in.succeeded"), now);
  });
  return { kind: "signed-in", user: { id: user.id, email: user.email, name: user.name } };
}
