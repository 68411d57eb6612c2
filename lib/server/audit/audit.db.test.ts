import { describe, expect, it } from "vitest";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { verifyAuditChain } from "@/lib/server/audit/verify-audit-chain";
import { useTestDatabase } from "@/lib/testing/use-test-database";

const t = useTestDatabase();

const append = (action: string) =>
  t.db.$transaction((tx) => recordAuditEvent(tx, { organisationId: null, actorUserId: null, action, subjectType: "Test", after: { action } }));

describe("audit chain in the database", () => {
  it("keeps a gap-free chain when many events are written at once", async () => {
    await Promise.all(Array.from({ length: 20 }, (_, index) => append(`concurrent-${index}`)));
    const result = await verifyAuditChain(t.db);
    expect(result).toEqual({ checked: 20, firstBreak: null, headMatches: true });
    const sequences = (await t.db.auditEvent.findMany({ orderBy: { sequence: "asc" }, select: { sequence: true } })).map((event) => event.sequence);
    expect(sequences).toEqual(Array.from({ length: 20 }, (_, index) => index + 1));
  });

  it("an event that is not written when its transaction fails", async () => {
    await expect(
      t.db.$transaction(async (tx) => {
        await recordAuditEvent(tx, { organisationId: null, actorUserId: null, action: "rolled-back", subjectType: "Test" });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await t.db.auditEvent.count({ where: { action: "rolled-back" } })).toBe(0);
    expect((await verifyAuditChain(t.db)).firstBreak).toBeNull();
  });

  it("names the first event edited behind the service's back", async () => {
    const target = await t.db.auditEvent.findFirstOrThrow({ where: { sequence: 7 } });
    await t.db.auditEvent.update({ where: { id: target.id }, data: { summary: JSON.stringify({ before: null, after: { action: "forged" } }) } });
    const result = await verifyAuditChain(t.db);
    expect(result.firstBreak).toEqual({ sequence: 7, id: target.id, reason: "content-changed" });
    expect(result.checked).toBe(6);
  });

  it("notices when the newest events are deleted", async () => {
    await t.db.auditEvent.deleteMany({});
    await t.db.auditChainHead.deleteMany({});
    await append("first");
    await append("second");
    await t.db.auditEvent.deleteMany({ where: { sequence: 2 } });
    expect(await verifyAuditChain(t.db)).toMatchObject({ firstBreak: null, headMatches: false });
  });
});
