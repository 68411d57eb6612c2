import { describe, expect, it } from "vitest";
import { passwordResetsPerAddress } from "@/lib/domain/account/password-reset";
import { verifyPassword } from "@/lib/server/auth/password";
import { createOrganisation, useTestDatabase } from "@/lib/testing/use-test-database";
import { requestPasswordReset } from "./request-password-reset";
import { isPasswordResetOpen, resetPassword } from "./reset-password";

const t = useTestDatabase();

async function person(language: "en" | "cy" = "en") {
  const { actors } = await createOrganisation(t.db, "buyer", ["procurement-officer"]);
  await t.db.user.update({ where: { id: actors[0].userId }, data: { passwordHash: "not-a-real-hash", preferredLanguage: language } });
  return actors[0];
}

const tokenOf = async (email: string) => {
  const message = await t.db.outboxMessage.findFirstOrThrow({ where: { recipientEmail: email, kind: "password-reset" }, orderBy: { createdAt: "desc" } });
  return { message, token: (JSON.parse(message.secrets!) as { token: string }).token };
};

describe("password reset", () => {
  it("sends a link in the person's language; it works once, sets the password and ends every earlier session", async () => {
    const actor = await person("cy");
    await requestPasswordReset(actor.email, "direct");
    const { message, token } = await tokenOf(actor.email);
    expect(message).toMatchObject({ language: "cy", subject: "Ailosod eich cyfrinair", organisationId: actor.organisationId });
    expect(message.body).toContain("/password-reset/link/{{token}}");
    expect(await isPasswordResetOpen(token)).toBe(true);
    const before = await t.db.user.findUniqueOrThrow({ where: { id: actor.userId } });
    await resetPassword(token, "A-brand-new-password");
    const after = await t.db.user.findUniqueOrThrow({ where: { id: actor.userId } });
    expect(after.sessionGeneration).toBe(before.sessionGeneration + 1);
    expect(await verifyPassword(after.passwordHash, "A-brand-new-password")).toBe(true);
    await expect(resetPassword(token, "Another-new-password")).rejects.toMatchObject({ code: "RESET_UNUSABLE" });
    expect(await isPasswordResetOpen(token)).toBe(false);
  });

  it("expires after an hour, and a newer link replaces an older one", async () => {
    const actor = await person();
    const then = new Date(Date.now() - 2 * 60 * 60 * 1000);
    await requestPasswordReset(actor.email, "direct", then);
    const old = (await tokenOf(actor.email)).token;
    expect(await isPasswordResetOpen(old)).toBe(false);
    await expect(resetPassword(old, "A-brand-new-password")).rejects.toMatchObject({ code: "RESET_UNUSABLE" });
    await requestPasswordReset(actor.email, "direct");
    const first = (await tokenOf(actor.email)).token;
    await requestPasswordReset(actor.email, "direct");
    const second = (await tokenOf(actor.email)).token;
    expect(await isPasswordResetOpen(first)).toBe(false);
    expect(await isPasswordResetOpen(second)).toBe(true);
  });

  it("sends nothing for an unknown address or an account without a password, and stops after a few requests an hour", async () => {
    await requestPasswordReset("nobody@nowhere.example", "direct");
    expect(await t.db.outboxMessage.count({ where: { recipientEmail: "nobody@nowhere.example" } })).toBe(0);
    const sso = await person();
    await t.db.user.update({ where: { id: sso.userId }, data: { passwordHash: null } });
    await requestPasswordReset(sso.email, "direct");
    expect(await t.db.outboxMessage.count({ where: { recipientEmail: sso.email } })).toBe(0);

    const actor = await person();
    for (let i = 0; i < passwordResetsPerAddress + 2; i += 1) await requestPasswordReset(actor.email, "direct");
    expect(await t.db.passwordReset.count({ where: { userId: actor.userId } })).toBe(passwordResetsPerAddress);
    expect(await t.db.securityEvent.count({ where: { email: actor.email, kind: "password-reset.throttled" } })).toBe(2);
  });
});
