import { describe, expect, it } from "vitest";
import { saveLanguageChosenAtSignIn } from "@/lib/server/account/save-language-chosen-at-sign-in";
import { createOrganisation, useTestDatabase } from "@/lib/testing/use-test-database";
import { endSessions } from "./sign-out";

const t = useTestDatabase();

describe("signing out ends sessions on the server", () => {
  it("raises the session generation once per sign-out, audited; a stale token's sign-out changes nothing", async () => {
    const { actors } = await createOrganisation(t.db, "buyer", ["procurement-officer"]);
    const userId = actors[0].userId;
    await endSessions(userId, 0);
    expect((await t.db.user.findUniqueOrThrow({ where: { id: userId } })).sessionGeneration).toBe(1);
    // A cookie copied before that sign-out (generation 0) cannot sign the person out of their next session.
    await endSessions(userId, 0);
    expect((await t.db.user.findUniqueOrThrow({ where: { id: userId } })).sessionGeneration).toBe(1);
    const events = await t.db.auditEvent.findMany({ where: { action: "sign-out", subjectId: userId } });
    expect(events).toHaveLength(1);
  });
});

describe("a language chosen before signing in", () => {
  it("is saved to the profile and audited; nothing else is", async () => {
    const { actors } = await createOrganisation(t.db, "supplier", ["supplier-admin"]);
    const userId = actors[0].userId;
    await saveLanguageChosenAtSignIn(userId, undefined);
    await saveLanguageChosenAtSignIn(userId, "fr");
    expect((await t.db.user.findUniqueOrThrow({ where: { id: userId } })).preferredLanguage).toBe("en");
    await saveLanguageChosenAtSignIn(userId, "cy");
    await saveLanguageChosenAtSignIn(userId, "cy");
    expect((await t.db.user.findUniqueOrThrow({ where: { id: userId } })).preferredLanguage).toBe("cy");
    expect(await t.db.auditEvent.count({ where: { action: "user.language-changed", subjectId: userId } })).toBe(1);
  });
});
