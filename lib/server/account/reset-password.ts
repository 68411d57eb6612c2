import "server-only";
import { hashPassword } from "@/lib/server/auth/password";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { recordSecurityEvent } from "@/lib/server/security/record-security-event";
import { hashResetToken } from "./request-password-reset";

/** Whether a reset link can still be used (unused, unexpired): the page shows the form or says it cannot be used. */
export async function isPasswordResetOpen(token: string, now = new Date()): Promise<boolean> {
  if (!token) return false;
  const reset = await db.passwordReset.findUnique({ where: { tokenHash: hashResetToken(token) }, select: { usedAt: true, expiresAt: true } });
  return Boolean(reset && !reset.usedAt && reset.expiresAt > now);
}

/**
 * Sets a new password from a reset link, once: the conditional update spends the link, so two posts cannot both
 * succeed. Raises the session generation, so every session signed in before (a stolen cookie too) ends.
 */
export async function resetPassword(token: string, password: string, now = new Date()): Promise<{ email: string }> {
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    const reset = await tx.passwordReset.findUnique({ where: { tokenHash: hashResetToken(token) } });
    if (!reset || reset.usedAt || reset.expiresAt <= now) throw new AppError("RESET_UNUSABLE", "passwordReset.unusable");
    const spent = await tx.passwordReset.updateMany({ where: { id: reset.id, usedAt: null }, data: { usedAt: now } });
    if (spent.count !== 1) throw new AppError("RESET_UNUSABLE", "passwordReset.unusable");
    const user = await tx.user.update({ where: { id: reset.userId }, data: { passwordHash, sessionGeneration: { increment: 1 } }, select: { id: true, email: true, memberships: { select: { organisationId: true }, take: 1 } } });
    // A person locked out by failed sign-ins can sign in with the new password at once.
    await tx.signInFailure.deleteMany({ where: { key: `account:${user.email}` } });
    await recordSecurityEvent(tx, { kind: "password-reset.completed", email: user.email, userId: user.id, address: null }, now);
    const organisationId = user.memberships[0]?.organisationId ?? null;
    await recordAuditEvent(tx, { organisationId, actorOrganisationId: organisationId, actorUserId: user.id, action: "user.password-reset", subjectType: "User", subjectId: user.id, after: { sessionsEnded: true } }, now);
    return { email: user.email };
  });
}
