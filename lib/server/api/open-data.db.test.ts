import { describe, expect, it } from "vitest";
import { GET as recordsRoute } from "@/app/api/v1/ocds/records/route";
import { GET as releasesCsvRoute } from "@/app/api/v1/ocds/releases.csv/route";
import { GET as releasesRoute } from "@/app/api/v1/ocds/releases/route";
import { validateRecordPackage, validateReleasePackage } from "@/lib/export/ocds/validate";
import { createAssessment } from "@/lib/server/assessments/create-assessment";
import { setOpenData } from "@/lib/server/assessments/open-data";
import { verifyAuditChains } from "@/lib/server/audit/verify-audit-chain";
import type { Actor } from "@/lib/server/auth/actor";
import { createOrganisation, useTestDatabase } from "@/lib/testing/use-test-database";

const t = useTestDatabase();
const inAYear = () => new Date(Date.now() + 365 * 24 * 60 * 60 * 1000);
const noParams = { params: Promise.resolve({}) };
const get = (path: string) => new Request(`http://localhost${path}`);

async function council() {
  const buyer = await createOrganisation(t.db, "buyer", ["procurement-officer", "sustainability-specialist"]);
  return { officer: buyer.actors[0] as Actor, specialist: buyer.actors[1] as Actor, id: buyer.organisation.id };
}

async function draft(officer: Actor, title: string) {
  const { id } = await createAssessment(officer, {
    title, titleCy: `${title} (cy)`, reference: title, description: "Devices for schools", nation: "wales", annualContractValue: 200_000, carbonReductionPlan: "no",
    languages: "en", level: "2020", scale: "0-4", divergenceThreshold: 1, responseDeadline: inAYear(),
  });
  return id;
}

/** Published as it would be, without the publishing checks (hundreds of them). */
const markPublished = (ids: string[], at: Date) => t.db.assessment.updateMany({ where: { id: { in: ids } }, data: { status: "published", publishedAt: at } });

describe("the open-data feed", () => {
  it("holds only published assessments whose buyer chose it, is valid OCDS, and is chosen by officers only", async () => {
    const a = await council();
    const b = await council();
    const [open, closed, stillDraft] = [await draft(a.officer, "Open laptops"), await draft(a.officer, "Closed laptops"), await draft(a.officer, "Draft laptops")];
    const other = await draft(b.officer, "Other council's phones");
    await expect(setOpenData(a.officer, stillDraft, true)).rejects.toThrow("NOT_PUBLISHED");
    await markPublished([open, closed, other], new Date());
    expect(await setOpenData(a.specialist, open, true)).toBeNull();
    expect(await setOpenData(b.officer, open, true)).toBeNull();
    expect(await setOpenData(a.officer, open, true)).toBe(true);
    expect(await setOpenData(b.officer, other, true)).toBe(true);

    const response = await releasesRoute(get("/api/v1/ocds/releases"), noParams);
    expect(response.status).toBe(200);
    const pkg = (await response.json()) as { releases: { ocid: string; tender: { title: string } }[]; links: { next: string | null }; extensions: string[] };
    expect(pkg.releases.map((r) => r.tender.title).sort()).toEqual(["Open laptops", "Other council's phones"].sort());
    expect(pkg.links.next).toBeNull();
    expect(pkg.extensions.length).toBe(4);
    const checked = validateReleasePackage(pkg);
    expect(checked.errors).toEqual([]);
    // Nothing of a response or a score, nor any draft, can be in it.
    const text = JSON.stringify(pkg);
    for (const absent of ["Closed laptops", "Draft laptops", "agreedScore", "justification", "evaluatorId", "supplierId"]) expect(text).not.toContain(absent);

    const records = (await (await recordsRoute(get("/api/v1/ocds/records"), noParams)).json()) as { records: { ocid: string; compiledRelease: { tag: string[] } }[] };
    expect(validateRecordPackage(records).errors).toEqual([]);
    expect(records.records.map((r) => r.ocid).sort()).toEqual(pkg.releases.map((r) => r.ocid).sort());
    expect(records.records.every((r) => r.compiledRelease.tag[0] === "compiled")).toBe(true);

    const bytes = Buffer.from(await (await releasesCsvRoute(get("/api/v1/ocds/releases.csv"), noParams)).arrayBuffer());
    // With a byte order mark, so that spreadsheets read Welsh letters right.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = bytes.subarray(3).toString("utf8");
    expect(csv.split("\r\n")[0]).toBe("ocid,release_id,release_date,buyer_en,buyer_cy,tender_title_en,tender_title_cy,tender_status,award_criterion_en,award_criterion_cy,weight_percent,minimum_score");
    expect(csv).toContain("Open laptops");
    expect(csv).not.toContain("Closed laptops");

    expect(await setOpenData(a.officer, open, false)).toBe(true);
    const after = (await (await releasesRoute(get("/api/v1/ocds/releases"), noParams)).json()) as { releases: unknown[] };
    expect(after.releases).toHaveLength(1);
    const events = await t.db.auditEvent.findMany({ where: { subjectId: open, action: { startsWith: "assessment.open-data" } }, orderBy: { sequence: "asc" } });
    expect(events.map((e) => e.action)).toEqual(["assessment.open-data-published", "assessment.open-data-withdrawn"]);
    expect((await verifyAuditChains(t.db)).broken).toEqual([]);
    expect((await releasesRoute(get("/api/v1/ocds/releases?cursor=nonsense"), noParams)).status).toBe(400);
    expect((await releasesRoute(get("/api/v1/ocds/releases?limit=0"), noParams)).status).toBe(400);
  });

  it("pages through 500 published assessments without a repeat or a gap, even as more are published", { timeout: 240_000 }, async () => {
    const a = await council();
    const first = await draft(a.officer, "Template for the rest");
    const source = await t.db.assessment.findUniqueOrThrow({ where: { id: first }, include: { criteria: true } });
    const { id: _id, criteria, ...fields } = source;
    // 499 more like it, published one second apart, made directly: 500 assessments through the use cases would take minutes.
    const base = Date.now() - 1_000_000;
    for (let i = 1; i < 500; i++) {
      await t.db.assessment.create({
        data: { ...fields, title: `Assessment ${i}`, reference: `R-${i}`, criteria: { create: criteria.map(({ id: _c, assessmentId: _a, ...c }) => c) } },
      });
    }
    await t.db.assessment.updateMany({ where: { organisationId: a.id }, data: { status: "published", publishedAt: new Date(base), openData: true } });
    const ids = (await t.db.assessment.findMany({ where: { organisationId: a.id }, select: { id: true }, orderBy: { id: "asc" } })).map((r) => r.id);
    for (const [i, id] of ids.entries()) await t.db.assessment.update({ where: { id }, data: { openDataSince: new Date(base + i * 1000) } });

    const seen: string[] = [];
    let path: string | null = "/api/v1/ocds/releases?limit=100";
    let pages = 0;
    while (path) {
      const pkg = (await (await releasesRoute(get(path), noParams)).json()) as { releases: { ocid: string }[]; links: { next: string | null } };
      if (pages === 0) {
        expect(validateReleasePackage(pkg).errors).toEqual([]);
        // Joined while someone pages through, even one published long ago: it lands on the last page, so nothing
        // shifts under the reader.
        const late = await draft(a.officer, "Published long ago, open data now");
        await markPublished([late], new Date(base - 1_000_000));
        expect(await setOpenData(a.officer, late, true)).toBe(true);
        ids.push(late);
      }
      // The ocid ends with the assessment's id.
      seen.push(...pkg.releases.map((r) => r.ocid.slice(r.ocid.lastIndexOf("-") + 1)));
      path = pkg.links.next;
      pages++;
    }
    expect(new Set(seen).size).toBe(seen.length);
    // Every one of this council's, once (the feed is everyone's: another test's council may be in it too).
    const ours = seen.filter((id) => ids.includes(id));
    expect(ours.sort()).toEqual([...ids].sort());
    expect(pages).toBe(Math.ceil(seen.length / 100));
  });
});
