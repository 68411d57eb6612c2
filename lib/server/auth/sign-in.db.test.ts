import { describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/server/auth/password";
import { useTestDatabase } from "@/lib/testing/use-test-database";
import { signInWithPassword } from "./sign-in";

const t = useTestDatabase();

describe("signing in with a password", () => {
  const minute = (n: number) => new Date(Date.UTC(2026, 10, 24, 9, n));

  it("signs in with the right password whatever the e-mail's case, and refuses a wrong one or an unknown account", async () => {
    const organisation = await t.db.organisation.create({ data: { kind: "buyer", nameEn: "Org", nation: "england" } });
    const user = await t.db.user.create({ data: { email: "right@example.gov.uk", name: "Right", passwordHash: await hashPassword("correct horse battery") } });
    await t.db.membership.create({ data: { userId: user.id, organisationId: organisation.id, role: "procurement-officer" } });
    expect(await signInWithPassword({ email: " Right@Example.gov.uk", password: "correct horse battery", address: "192.0.2.1" }, minute(0))).toMatchObject({ kind: "signed-in", user: { id: user.id } });
    expect(await signInWithPassword({ email: "right@example.gov.uk", password: "wrong", address: "192.0.2.1" }, minute(0))).toEqual({ kind: "wrong-credentials" });
    expect(await signInWithPassword({ email: "nobody@example.gov.uk", password: "wrong", address: "192.0.2.1" }, minute(0))).toEqual({ kind: "wrong-credentials" });
    const actions = (await t.db.auditEvent.findMany({ orderBy: { sequence: "asc" } })).map((event) => event.action);
    expect(actions).toEqual(["sign-in.succeeded", "sign-in.failed", "sign-in.failed"]);
  });

  it("locks an account after five failures in fifteen minutes, then lets it in again", async () => {
    await t.db.user.create({ data: { email: "locked@example.gov.uk", name: "Locked", passwordHash: await hashPassword("correct horse battery") } });
    for (let n = 1; n <= 5; n++) {
      await signInWithPassword({ email: "locked@example.gov.uk", password: `wrong ${n}`, address: `198.51.100.${n}` }, minute(n));
    }
    const refused = await signInWithPassword({ email: "locked@example.gov.uk", password: "correct horse battery", address: "198.51.100.99" }, minute(6));
    expect(refused).toEqual({ kind: "throttled", retryAt: minute(16) });
    expect(await signInWithPassword({ email: "locked@example.gov.uk", password: "correct horse battery", address: "198.51.100.99" }, minute(17))).toMatchObject({ kind: "signed-in" });
    expect(await t.db.auditEvent.count({ where: { action: "sign-in.throttled" } })).toBe(1);
  });

  it("throttles one client address trying many accounts", async () => {
    for (let n = 1; n <= 5; n++) {
      await signInWithPassword({ email: `guess${n}@example.gov.uk`, password: "guess", address: "203.0.113.50" }, minute(30 + n));
    }
    expect(await signInWithPassword({ email: "right@example.gov.uk", password: "correct horse battery", address: "203.0.113.50" }, minute(36))).toMatchObject({ kind: "throttled" });
    expect(await signInWithPassword({ email: "right@example.gov.uk", password: "correct horse battery", address: "203.0.113.51" }, minute(36))).toMatchObject({ kind: "signed-in" });
  });
});
