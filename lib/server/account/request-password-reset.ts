import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { passwordResetLifetimeMs, passwordResetThrottled, passwordResetWindowMs } from "@/lib/domain/account/password-reset";
import { directClientAddress } from "@/lib/server/auth/client-address";
import { db } from "@/lib/server/db";
import { enqueue } from "@/lib/server/notifications/enqueue";
import { absoluteLink } from "@/lib/server/notifications/links";
import { recordSecurityEvent } from "@/lib/server/security/record-security-event";

export function hashResetToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/**
 * Sends a password reset link to an account with a password, if there is one with this address. The caller always
 * gives the same answer, whatever happened: no account, a single sign-on account, throttled, or sent. Every request
 * goes to the security log, which is also what throttling counts. A new link replaces any earlier unused one.
 */
export async function requestPasswordReset(email: string, address: string, now = new Date()): Promise<void> {
  const since = new Date(now.getTime() - passwordResetWindowMs);
  const known = address !== directClientAddress ? address : null;
  await db.$transaction(async (tx) => {
    const [forEmail, fromClient] = await Promise.all([
      tx.securityEvent.count({ where: { kind: "password-reset.requested", email, createdAt: { gt: since } } }),
      known ? tx.securityEvent.count({ where: { kind: "password-reset.requested", address: known, createdAt: { gt: since } } }) : Promise.resolve(null),
    ]);
    if (passwordResetThrottled({ forEmail, fromClient })) {
      await recordSecurityEvent(tx, { kind: "password-reset.throttled", email, userId: null, address }, now);
      return;
    }
    const user = await tx.user.findUnique({ where: { email }, select: { id: true, email: true, passwordHash: true, preferredLanguage: true, memberships: { select: { organisationId: true }, take: 1 } } });
    await recordSecurityEvent(tx, { kind: "password-reset.requested", email, userId: user?.id ?? null, address, details: { sent: Boolean(user?.passwordHash) } }, now);
    if (!user?.passwordHash) return;
    const token = randomBytes(32).toString("base64url");
    const expiresAt = new Date(now.getTime() + passwordResetLifetimeMs);
    await tx.passwordReset.updateMany({ where: { userId: user.id, usedAt: null }, data: { usedAt: now } });
    const reset = await tx.passwordReset.create({ data: { userId: user.id, tokenHash: hashResetToken(token), expiresAt, createdAt: now } });
    await enqueue(tx, {
      key: `password-reset:${reset.id}`,
      kind: "password-reset",
      params: { link: absoluteLink("/password-reset/link/{{token}}"), expiresAt },
      recipient: { email: user.email, userId: user.id, language: user.preferredLanguage === "cy" ? "cy" : "en", organisationId: user.memberships[0]?.organisationId ?? null },
      secrets: { token },
    }, now);
  });
}
