import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { preparedFileKeptMs, preparedFileLeaseMs } from "@/lib/domain/exports/prepared-files";
import { createAssessment } from "@/lib/server/assessments/create-assessment";
import { getAssessment } from "@/lib/server/assessments/get-assessment";
import { publishAssessment } from "@/lib/server/assessments/publish-assessment";
import type { Actor } from "@/lib/server/auth/actor";
import { createOrganisation, useTestDatabase } from "@/lib/testing/use-test-database";
import { getPreparedFile, listPreparedFiles, preparedFileBytes } from "./get-prepared-file";
import { claimPreparedFile, removeExpiredPreparedFiles, renewClaim, writePreparedFile } from "./prepare-file";
import { requestPreparedFile } from "./request-prepared-file";

// A results document prepared in the background: asked for once however often the button is pressed, prepared by
// one worker however many try, taken over when its worker stops, and only ever the requester's to see.

const uploads = mkdtempSync(path.join(os.tmpdir(), "prepared-"));
process.env.UPLOADS_DIR = uploads;
const t = useTestDatabase();
const day = 24 * 60 * 60 * 1000;

async function closedTender() {
  const buyer = await createOrganisation(t.db, "buyer", ["procurement-officer", "procurement-officer", "sustainability-specialist", "organisation-admin"]);
  const [officer, colleague, specialist, admin] = buyer.actors;
  const { id } = await createAssessment(officer, {
    title: "Cloud hosting", titleCy: "Gwe-letya cwmwl", reference: "CH-1", description: "", nation: "wales", annualContractValue: 100_000, carbonReductionPlan: "no",
    languages: "en+cy", level: "2020", scale: "0-4", divergenceThreshold: 1, responseDeadline: new Date(Date.now() + 365 * day),
  });
  await publishAssessment(officer, id, (await getAssessment(officer, id))!.version);
  return { id, officer, colleague, specialist, admin, close: () => t.db.assessment.update({ where: { id }, data: { responseDeadline: new Date(Date.now() - 60_000) } }) };
}

async function prepared(actor: Actor, assessmentId: string) {
  const job = await requestPreparedFile(actor, assessmentId, "results.xlsx");
  expect(job).not.toBeNull();
  return job!.id;
}

describe("files prepared in the background", () => {
  it("are asked for once, prepared once, and downloaded by the requester alone", async () => {
    const tender = await closedTender();
    expect(await requestPreparedFile(tender.officer, tender.id, "results.xlsx")).toBeNull(); // before the deadline
    await tender.close();
    expect(await requestPreparedFile(tender.specialist, tender.id, "results.xlsx")).toBeNull(); // a role that does not read results

    // Pressed again while waiting, and asked for in several tabs at once: one job.
    const asked = await Promise.all([prepared(tender.officer, tender.id), prepared(tender.officer, tender.id), prepared(tender.officer, tender.id)]);
    const id = asked[0];
    expect(new Set(asked)).toEqual(new Set([id]));
    expect(await prepared(tender.officer, tender.id)).toBe(id);
    expect(await t.db.preparedFile.count({ where: { assessmentId: tender.id } })).toBe(1);
    expect((await getPreparedFile(tender.officer, tender.id, id))!.status).toBe("queued");

    // Three workers on three machines try at once: one claims it.
    const claims = await Promise.all([claimPreparedFile(id), claimPreparedFile(id), claimPreparedFile(id)]);
    const tokens = claims.filter((token): token is string => token !== null);
    expect(tokens).toHaveLength(1);
    expect((await getPreparedFile(tender.officer, tender.id, id))!).toMatchObject({ status: "working", step: 1 });

    expect(await writePreparedFile(id, "someone else's claim")).toBe("lost");
    expect(await writePreparedFile(id, tokens[0])).toBe("ready");
    const ready = (await getPreparedFile(tender.officer, tender.id, id))!;
    expect(ready).toMatchObject({ status: "ready", reference: "CH-1" });
    expect(ready.fileName).toMatch(/^CH-1 .*\.xlsx$/);
    const bytes = (await preparedFileBytes(tender.officer, tender.id, id))!;
    if (bytes.kind !== "file") throw new Error("The prepared file could not be read");
    expect(bytes.body.subarray(0, 2).toString()).toBe("PK");
    expect(bytes.body.byteLength).toBe(ready.byteSize);
    expect(await listPreparedFiles(tender.officer, tender.id)).toEqual([ready]);

    // A finished file is not claimed again; a new request makes a new one (the results may have changed since).
    expect(await claimPreparedFile(id)).toBeNull();
    expect(await prepared(tender.officer, tender.id)).not.toBe(id);

    // Nobody else sees it: a colleague, the organisation's admin, another organisation's officer.
    const other = (await createOrganisation(t.db, "buyer", ["procurement-officer"])).actors[0];
    for (const someone of [tender.colleague, tender.admin, other, tender.specialist]) {
      expect(await getPreparedFile(someone, tender.id, id)).toBeNull();
      expect(await preparedFileBytes(someone, tender.id, id)).toBeNull();
      expect(await listPreparedFiles(someone, tender.id)).toEqual([]);
    }
    // Nor through another assessment's address, or a filter object where the id belongs.
    const elsewhere = await closedTender();
    expect(await getPreparedFile(tender.officer, elsewhere.id, id)).toBeNull();
    await expect(getPreparedFile(tender.officer, tender.id, { not: "" } as never)).rejects.toThrow(TypeError);
    expect(await requestPreparedFile(other, tender.id, "results.xlsx")).toBeNull();

    // Kept a week after it was made, then removed with its bytes; the file still waiting is kept.
    const { finishedAt, storageKey } = await t.db.preparedFile.findUniqueOrThrow({ where: { id } });
    const stored = () => readdirSync(uploads, { recursive: true }).filter((name) => String(name).endsWith(storageKey!));
    expect(stored()).toHaveLength(1);
    expect(await removeExpiredPreparedFiles(new Date(finishedAt!.getTime() + preparedFileKeptMs - 1000))).toBe(0);
    expect(await removeExpiredPreparedFiles(new Date(finishedAt!.getTime() + preparedFileKeptMs + 1000))).toBe(1);
    expect(await getPreparedFile(tender.officer, tender.id, id)).toBeNull();
    expect(await t.db.preparedFile.count({ where: { assessmentId: tender.id } })).toBe(1);
    expect(stored()).toEqual([]);
  });

  it("are taken over when their worker stops, and refused to a requester who has left", async () => {
    const tender = await closedTender();
    await tender.close();
    const id = await prepared(tender.officer, tender.id);
    const claimedAt = new Date();
    const stopped = (await claimPreparedFile(id, claimedAt))!;
    expect(await claimPreparedFile(id, new Date(claimedAt.getTime() + preparedFileLeaseMs - 1000))).toBeNull();
    const takeover = (await claimPreparedFile(id, new Date(claimedAt.getTime() + preparedFileLeaseMs)))!;
    expect(takeover).not.toBe(stopped);
    expect(await writePreparedFile(id, stopped)).toBe("lost");

    // Its third worker stops too: the job is given up, and asking again starts a fresh one.
    const third = (await claimPreparedFile(id, new Date(claimedAt.getTime() + 2 * preparedFileLeaseMs)))!;
    expect(await requestPreparedFile(tender.officer, tender.id, "results.xlsx", new Date(claimedAt.getTime() + 2 * preparedFileLeaseMs))).toEqual({ id });
    expect(await claimPreparedFile(id, new Date(claimedAt.getTime() + 10 * preparedFileLeaseMs))).toBeNull();
    const fresh = await requestPreparedFile(tender.officer, tender.id, "results.xlsx", new Date(claimedAt.getTime() + 10 * preparedFileLeaseMs));
    expect(fresh!.id).not.toBe(id);
    expect(await t.db.preparedFile.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "failed", attempts: 3, activeKey: null, errorReference: expect.stringMatching(/^[0-9A-F]{8}$/) });
    expect(await writePreparedFile(id, third)).toBe("lost");

    // A requester who has left the organisation gets nothing: refused, with nothing to quote.
    const token = (await claimPreparedFile(fresh!.id))!;
    await t.db.membership.deleteMany({ where: { userId: tender.officer.userId } });
    expect(await writePreparedFile(fresh!.id, token)).toBe("failed");
    const row = await t.db.preparedFile.findUniqueOrThrow({ where: { id: fresh!.id } });
    expect(row).toMatchObject({ status: "failed", errorReference: null, storageKey: null, activeKey: null });
  });

  it("keep their claim while their worker works, and are offered again when their bytes cannot be read", async () => {
    const tender = await closedTender();
    await tender.close();
    const id = await prepared(tender.officer, tender.id);
    const token = (await claimPreparedFile(id))!;
    expect(await renewClaim(id, token)).toBe(true);
    expect(await renewClaim(id, "someone else's claim")).toBe(false);
    expect(await writePreparedFile(id, token)).toBe("ready");
    expect(await renewClaim(id, token)).toBe(false); // finished: nothing left to hold

    const { storageKey } = await t.db.preparedFile.findUniqueOrThrow({ where: { id } });
    for (const name of readdirSync(uploads, { recursive: true })) if (String(name).endsWith(storageKey!)) rmSync(path.join(uploads, String(name)));
    expect(await preparedFileBytes(tender.officer, tender.id, id)).toEqual({ kind: "unreadable" });
    expect(await getPreparedFile(tender.officer, tender.id, id)).toMatchObject({ status: "failed", errorReference: expect.stringMatching(/^[0-9A-F]{8}$/) });
    expect(await prepared(tender.officer, tender.id)).not.toBe(id);
  });
});
