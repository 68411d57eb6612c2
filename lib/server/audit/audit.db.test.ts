import { describe, expect, it } from "vitest";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { verifyAuditChain, verifyAuditChains } from "@/lib/server/audit/verify-audit-chain";
import { testDatabaseProvider } from "@/lib/testing/test-database";
import { createOrganisation, useTestDatabase } from "@/lib/testing/use-test-database";

const t = useTestDatabase();

const append = (action: string, organisationId: string | null = null) =>
  t.db.$transaction((tx) => recordAuditEvent(tx, { organisationId, actorOrganisationId: organisationId, actorUserId: null, action, subjectType: "Test", after: { action } }));

const sequencesOf = async (chainId: string) =>
  (await t.db.auditEvent.findMany({ where: { chainId }, orderBy: { sequence: "asc" }, select: { sequence: true } })).map((event) => event.sequence);

const oneTo = (count: number) => Array.from({ length: count }, (_, index) => index + 1);

describe("audit chains in the database", () => {
  it("keeps a gap-free service chain when many events without an organisation are written at once", async () => {
    await Promise.all(Array.from({ length: 20 }, (_, index) => append(`concurrent-${index}`)));
    expect(await verifyAuditChain(t.db, "service")).toEqual({ chainId: "service", checked: 20, firstBreak: null, headMatches: true });
    expect(await sequencesOf("service")).toEqual(oneTo(20));
  });

  it("an event that is not written when its transaction fails", async () => {
    await expect(
      t.db.$transaction(async (tx) => {
        await recordAuditEvent(tx, { organisationId: null, actorOrganisationId: null, actorUserId: null, action: "rolled-back", subjectType: "Test" });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await t.db.auditEvent.count({ where: { action: "rolled-back" } })).toBe(0);
    expect((await verifyAuditChains(t.db)).broken).toEqual([]);
  });

  it("names the chain and the first event edited behind the service's back", async () => {
    const target = await t.db.auditEvent.findFirstOrThrow({ where: { chainId: "service", sequence: 7 } });
    await t.db.auditEvent.update({ where: { id: target.id }, data: { summary: JSON.stringify({ before: null, after: { action: "forged" } }) } });
    const result = await verifyAuditChains(t.db);
    expect(result.broken).toEqual([{ chainId: "service", checked: 6, firstBreak: { chainId: "service", sequence: 7, id: target.id, reason: "content-changed" }, headMatches: false }]);
  });

  it("notices when the newest events of a chain are deleted", async () => {
    await t.db.auditEvent.deleteMany({});
    await t.db.auditChainHead.deleteMany({});
    await append("first");
    await append("second");
    await t.db.auditEvent.deleteMany({ where: { chainId: "service", sequence: 2 } });
    expect((await verifyAuditChains(t.db)).broken).toEqual([{ chainId: "service", checked: 1, firstBreak: null, headMatches: false }]);
  });

  describe("one chain per organisation", () => {
    it("writes each organisation's events in its own chain, recording who acted from which organisation", async () => {
      await t.db.auditEvent.deleteMany({});
      await t.db.auditChainHead.deleteMany({});
      const caerwen = (await createOrganisation(t.db, "buyer", ["procurement-officer"])).actors[0];
      const guest = (await createOrganisation(t.db, "buyer", ["sustainability-specialist"])).actors[0];
      await t.db.$transaction((tx) =>
        recordAuditEvent(tx, { organisationId: caerwen.organisationId, actorOrganisationId: guest.organisationId, actorUserId: guest.userId, action: "scoring.scores-submitted", subjectType: "Response" }),
      );
      const event = await t.db.auditEvent.findFirstOrThrow({ where: { action: "scoring.scores-submitted" } });
      expect(event).toMatchObject({ chainId: `organisation:${caerwen.organisationId}`, sequence: 1, organisationId: caerwen.organisationId, actorOrganisationId: guest.organisationId });
      expect(await t.db.auditEvent.count({ where: { chainId: `organisation:${guest.organisationId}` } })).toBe(0);
    });

    it("appends to two organisations' chains at once, each gap-free and independent", async () => {
      const [first, second] = [(await createOrganisation(t.db, "buyer", [])).organisation.id, (await createOrganisation(t.db, "supplier", [])).organisation.id];
      await Promise.all(Array.from({ length: 30 }, (_, index) => append(`parallel-${index}`, index % 2 === 0 ? first : second)));
      expect(await sequencesOf(`organisation:${first}`)).toEqual(oneTo(15));
      expect(await sequencesOf(`organisation:${second}`)).toEqual(oneTo(15));
      const result = await verifyAuditChains(t.db);
      expect(result.broken).toEqual([]);
      expect(result.chains.find((chain) => chain.chainId === `organisation:${first}`)).toMatchObject({ checked: 15, headMatches: true });
    });

    // SQLite has one writer for the whole file, so only PostgreSQL can show two chains written at the same moment.
    // Defined only on PostgreSQL rather than skipped on SQLite.
    if (testDatabaseProvider() === "postgres") {
      it("does not make one organisation's append wait for another's open transaction", async () => {
        const [first, second] = [(await createOrganisation(t.db, "buyer", [])).organisation.id, (await createOrganisation(t.db, "buyer", [])).organisation.id];
        let otherDone!: () => void;
        const other = new Promise<void>((resolve) => (otherDone = resolve));
        const holding = t.db.$transaction(async (tx) => {
          await recordAuditEvent(tx, { organisationId: first, actorOrganisationId: first, actorUserId: null, action: "slow", subjectType: "Test" });
          // Still holding the first organisation's chain head: the second organisation's append must finish meanwhile.
          await append("quick", second).then(() => otherDone());
          await other;
        }, { timeout: 10_000 });
        await holding;
        expect(await sequencesOf(`organisation:${first}`)).toEqual([1]);
        expect(await sequencesOf(`organisation:${second}`)).toEqual([1]);
      });
    }

    it("names the tampered organisation's chain and leaves the other intact", async () => {
      const [first, second] = [(await createOrganisation(t.db, "buyer", [])).organisation.id, (await createOrganisation(t.db, "buyer", [])).organisation.id];
      for (const action of ["a", "b", "c"]) {
        await append(action, first);
        await append(action, second);
      }
      const target = await t.db.auditEvent.findFirstOrThrow({ where: { chainId: `organisation:${second}`, sequence: 2 } });
      await t.db.auditEvent.update({ where: { id: target.id }, data: { actorUserId: "someone-else" } });
      const { broken, chains } = await verifyAuditChains(t.db);
      expect(broken.map((chain) => chain.firstBreak)).toEqual([{ chainId: `organisation:${second}`, sequence: 2, id: target.id, reason: "content-changed" }]);
      expect(chains.find((chain) => chain.chainId === `organisation:${first}`)).toMatchObject({ checked: 3, firstBreak: null, headMatches: true });
    });

    it("notices an event moved from one organisation's chain into another's", async () => {
      const [first, second] = [(await createOrganisation(t.db, "buyer", [])).organisation.id, (await createOrganisation(t.db, "buyer", [])).organisation.id];
      await append("one", first);
      await append("two", first);
      await append("one", second);
      const moved = await t.db.auditEvent.findFirstOrThrow({ where: { chainId: `organisation:${first}`, sequence: 2 } });
      await t.db.auditEvent.update({ where: { id: moved.id }, data: { chainId: `organisation:${second}`, organisationId: second } });
      const broken = (await verifyAuditChains(t.db)).broken.filter((chain) => [first, second].some((id) => chain.chainId === `organisation:${id}`));
      expect(broken).toEqual([
        { chainId: `organisation:${first}`, checked: 1, firstBreak: null, headMatches: false },
        { chainId: `organisation:${second}`, checked: 1, firstBreak: { chainId: `organisation:${second}`, sequence: 2, id: moved.id, reason: "previous-hash-mismatch" }, headMatches: false },
      ].sort((a, b) => (a.chainId < b.chainId ? -1 : 1)));
    });
  });
});
