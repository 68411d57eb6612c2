import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "@/lib/server/auth/password";
import { useTestDatabase } from "@/lib/testing/use-test-database";
import { signInWithPassword, type PasswordCheck } from "./sign-in";

const t = useTestDatabase();

/** The real check, counting how often it runs. */
function countingCheck(): { check: PasswordCheck; readonly count: number } {
  const counter = { count: 0, check: (hash: string | null, password: string) => ((counter.count += 1), verifyPassword(hash, password)) };
  return counter;
}

describe("signing in with a password", () => {
  const minute = (n: number) => new Date(Date.UTC(2026, 10, 24, 9, n));

  it("signs in with the right password whatever the e-mail's case, and refuses a wrong one or an unknown account", async () => {
    const organisation = await t.db.organisation.create({ data: { kind: "buyer", nameEn: "Org", nation: "england" } });
    const user = await t.db.user.create({ data: { email: "right@example.gov.uk", name: "Right", passwordHash: await hashPassword("correct horse battery") } });
    await t.db.membership.create({ data: { userId: user.id, organisationId: organisation.id, role: "procurement-officer" } });
    expect(await signInWithPassword({ email: " Right@Example.gov.uk", password: "correct horse battery", address: "192.0.2.1" }, minute(0))).toMatchObject({ kind: "signed-in", user: { id: user.id } });
    expect(await signInWithPassword({ email: "right@example.gov.uk", password: "wrong", address: "192.0.2.1" }, minute(0))).toEqual({ kind: "wrong-credentials" });
    expect(await signInWithPassword({ email: "nobody@example.gov.uk", password: "wrong", address: "192.0.2.1" }, minute(0))).toEqual({ kind: "wrong-credentials" });
    const log = await t.db.securityEvent.findMany({ orderBy: { createdAt: "asc" }, select: { kind: true, email: true, userId: true, address: true } });
    expect(log).toEqual(
      expect.arrayContaining([
        { kind: "sign-in.succeeded", email: "right@example.gov.uk", userId: user.id, address: "192.0.2.1" },
        { kind: "sign-in.failed", email: "right@example.gov.uk", userId: user.id, address: "192.0.2.1" },
        { kind: "sign-in.failed", email: "nobody@example.gov.uk", userId: null, address: "192.0.2.1" },
      ]),
    );
    expect(log).toHaveLength(3);
    // Sign-in attempts never touch any organisation's audit chain.
    expect(await t.db.auditEvent.count()).toBe(0);
    expect(await t.db.auditChainHead.count()).toBe(0);
  });

  it("locks an account after five failures in fifteen minutes, then lets it in again", async () => {
    await t.db.user.create({ data: { email: "locked@example.gov.uk", name: "Locked", passwordHash: await hashPassword("correct horse battery") } });
    for (let n = 1; n <= 5; n++) {
      await signInWithPassword({ email: "locked@example.gov.uk", password: `wrong ${n}`, address: `198.51.100.${n}` }, minute(n));
    }
    const refused = await signInWithPassword({ email: "locked@example.gov.uk", password: "correct horse battery", address: "198.51.100.99" }, minute(6));
    expect(refused).toEqual({ kind: "throttled", retryAt: minute(16) });
    expect(await signInWithPassword({ email: "locked@example.gov.uk", password: "correct horse battery", address: "198.51.100.99" }, minute(17))).toMatchObject({ kind: "signed-in" });
    const throttled = await t.db.securityEvent.findMany({ where: { kind: "sign-in.throttled" } });
    expect(throttled).toHaveLength(1);
    expect(JSON.parse(throttled[0].details ?? "{}")).toEqual({ retryAt: minute(16).toISOString() });
  });

  it("throttles one client address trying many accounts", async () => {
    for (let n = 1; n <= 5; n++) {
      await signInWithPassword({ email: `guess${n}@example.gov.uk`, password: "guess", address: "203.0.113.50" }, minute(30 + n));
    }
    expect(await signInWithPassword({ email: "right@example.gov.uk", password: "correct horse battery", address: "203.0.113.50" }, minute(36))).toMatchObject({ kind: "throttled" });
    expect(await signInWithPassword({ email: "right@example.gov.uk", password: "correct horse battery", address: "203.0.113.51" }, minute(36))).toMatchObject({ kind: "signed-in" });
  });

  it("takes back the count of a successful sign-in, so it never counts as a failure", async () => {
    for (let n = 1; n <= 4; n++) {
      await signInWithPassword({ email: `typo${n}@example.gov.uk`, password: "guess", address: "203.0.113.60" }, minute(20 + n));
    }
    expect(await signInWithPassword({ email: "right@example.gov.uk", password: "correct horse battery", address: "203.0.113.60" }, minute(25))).toMatchObject({ kind: "signed-in" });
    expect(await signInWithPassword({ email: "typo5@example.gov.uk", password: "guess", address: "203.0.113.60" }, minute(25))).toEqual({ kind: "wrong-credentials" });
    expect(await signInWithPassword({ email: "right@example.gov.uk", password: "correct horse battery", address: "203.0.113.60" }, minute(25))).toMatchObject({ kind: "throttled" });
  });

  it("without a trusted proxy throttles per account only, so strangers' failures cannot lock everyone out", async () => {
    for (let n = 1; n <= 6; n++) {
      await signInWithPassword({ email: `stranger${n}@example.gov.uk`, password: "guess", address: "direct" }, minute(40 + n));
    }
    expect(await signInWithPassword({ email: "right@example.gov.uk", password: "correct horse battery", address: "direct" }, minute(47))).toMatchObject({ kind: "signed-in" });
  });

  it("checks at most five passwords when forty wrong guesses at one account arrive at once", async () => {
    await t.db.user.create({ data: { email: "target@example.gov.uk", name: "Target", passwordHash: await hashPassword("correct horse battery") } });
    const counter = countingCheck();
    const outcomes = await Promise.all(
      Array.from({ length: 40 }, (_, n) => signInWithPassword({ email: "target@example.gov.uk", password: `guess ${n}`, address: `192.0.2.${100 + n}` }, minute(50), counter.check)),
    );
    const kinds = outcomes.map((outcome) => outcome.kind);
    console.log(`40 parallel wrong guesses at one account: ${counter.count} password checks, ${kinds.filter((kind) => kind === "wrong-credentials").length} wrong-credentials, ${kinds.filter((kind) => kind === "throttled").length} throttled`);
    expect(counter.count).toBeLessThanOrEqual(5);
    expect(kinds.filter((kind) => kind === "wrong-credentials")).toHaveLength(counter.count);
    expect(kinds.filter((kind) => kind === "throttled")).toHaveLength(40 - counter.count);
    expect(await t.db.securityEvent.count({ where: { email: "target@example.gov.uk", kind: "sign-in.failed" } })).toBe(counter.count);
    // Even the right password now waits for the window to pass.
    expect(await signInWithPassword({ email: "target@example.gov.uk", password: "correct horse battery", address: "192.0.2.200" }, minute(51), counter.check)).toMatchObject({ kind: "throttled" });
    expect(counter.count).toBeLessThanOrEqual(5);
  });

  it("checks at most five passwords when one client address tries forty accounts at once", async () => {
    const counter = countingCheck();
    const outcomes = await Promise.all(
      Array.from({ length: 40 }, (_, n) => signInWithPassword({ email: `spray${n}@example.gov.uk`, password: "Password1", address: "203.0.113.77" }, minute(55), counter.check)),
    );
    console.log(`40 parallel guesses from one address: ${counter.count} password checks`);
    expect(counter.count).toBeLessThanOrEqual(5);
    expect(outcomes.filter((outcome) => outcome.kind === "throttled")).toHaveLength(40 - counter.count);
  });
});
