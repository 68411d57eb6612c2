import { createHash } from "node:crypto";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { canonicalJson } from "@/lib/domain/responses/submission";
import { inspectUpload } from "@/lib/server/files/inspect-upload";
import { createOrganisation, useTestDatabase } from "@/lib/testing/use-test-database";
import { getOwnReport, saveReportDraft, submitReport } from "./contract-reports";
import { createContract } from "./create-contract";
import { getContract } from "./get-contract";
import { addReportFile, readReportFile, removeReportFile } from "./report-files";

// Evidence files on a contract year's report: the supplier's own while a draft, the buyer's to read once submitted,
// part of the receipt; nobody else's.

process.env.UPLOADS_DIR = mkdtempSync(path.join(os.tmpdir(), "report-files-"));
const t = useTestDatabase();
const now = new Date("2027-06-15T10:00:00Z");
const png = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=", "base64");

async function upload(name: string) {
  const inspected = await inspectUpload(new File([new Uint8Array(png)], name, { type: "text/html" }));
  if (!inspected || !("upload" in inspected)) throw new Error("refused");
  return inspected.upload;
}

async function world() {
  const buyer = await createOrganisation(t.db, "buyer", ["procurement-officer", "sustainability-specialist"]);
  const supplier = await createOrganisation(t.db, "supplier", ["supplier-admin"]);
  const rival = await createOrganisation(t.db, "supplier", ["supplier-admin"]);
  const outsider = await createOrganisation(t.db, "buyer", ["sustainability-specialist"]);
  const assessment = await t.db.assessment.create({
    data: {
      organisationId: buyer.organisation.id, title: "Devices", reference: "DV-1", nation: "wales", annualContractValue: 1, carbonReductionPlanRequired: false, responseDeadline: new Date("2026-01-31T12:00:00Z"),
      scale: "[]", divergenceThreshold: 1, frameworkId: "f", frameworkVersion: "1", frameworkLevel: "2025", languages: "en", status: "published", outcome: "awarded",
      awardedSupplierOrganisationId: supplier.organisation.id, outcomeDecidedOn: new Date("2026-03-02T00:00:00Z"), createdById: buyer.actors[0].userId,
    },
  });
  await t.db.response.create({ data: { assessmentId: assessment.id, supplierOrganisationId: supplier.organisation.id, status: "submitted", evidence: "{}" } });
  const { contractId } = (await createContract(buyer.actors[0], assessment.id, { startsOn: "2026-04-01", endsOn: "2028-03-31", value: 1000 }))!;
  return { contractId, officer: buyer.actors[0], specialist: buyer.actors[1], supplier: supplier.actors[0], rival: rival.actors[0], outsider: outsider.actors[0] };
}

describe("contract report evidence files", () => {
  it("the supplier adds and removes files on its draft; the buyer reads them only once submitted, and the receipt covers them", async () => {
    const w = await world();
    const file = (await addReportFile(w.supplier, w.contractId, 1, await upload("meter readings.html"), now))!;
    expect(file.fileName).toBe("meter readings.png");
    const second = (await addReportFile(w.supplier, w.contractId, 1, await upload("certificate.png"), now))!;
    expect(await readReportFile(w.supplier, w.contractId, 1, file.id)).toMatchObject({ fileName: "meter readings.png", mediaType: "image/png" });
    expect(await readReportFile(w.specialist, w.contractId, 1, file.id)).toBeNull(); // a draft is the supplier's own
    expect((await getContract(w.officer, w.contractId, now))!.reports[0].files).toEqual([]);
    expect(await removeReportFile(w.supplier, w.contractId, 1, second.id, now)).toEqual({ fileName: "certificate.png" });

    const draft = (await getOwnReport(w.supplier, w.contractId, 1, now))!;
    await saveReportDraft(w.supplier, w.contractId, 1, { scope3TCO2e: {}, electricity: [], explanations: {}, scope1TCO2e: 1 }, draft.version, now);
    await submitReport(w.supplier, w.contractId, 1, draft.version + 1, now);
    expect(await readReportFile(w.specialist, w.contractId, 1, file.id)).toMatchObject({ fileName: "meter readings.png" });
    // The receipt is the SHA-256 of the figures and each file's name, size and hash: a changed file would not match.
    const submitted = (await getContract(w.officer, w.contractId, now))!.reports[0];
    const content = { contractId: w.contractId, contractYear: 1, reference: submitted.reference, submittedAt: now.toISOString(), figures: submitted.figures, files: [{ fileName: "meter readings.png", sha256: createHash("sha256").update(png).digest("hex"), size: png.length }] };
    expect(submitted.receiptHash).toBe(createHash("sha256").update(canonicalJson(content)).digest("hex"));
    expect((await getContract(w.officer, w.contractId, now))!.reports[0].files.map((f) => f.fileName)).toEqual(["meter readings.png"]);
    await expect(addReportFile(w.supplier, w.contractId, 1, await upload("late.png"), now)).rejects.toMatchObject({ messageKey: "contractReport.submitted" });
    await expect(removeReportFile(w.supplier, w.contractId, 1, file.id, now)).rejects.toMatchObject({ messageKey: "contractReport.submitted" });
  });

  it("another organisation, a rival supplier or a file id from elsewhere find nothing", async () => {
    const w = await world();
    const other = await world();
    const file = (await addReportFile(w.supplier, w.contractId, 1, await upload("a.png"), now))!;
    const elsewhere = (await addReportFile(other.supplier, other.contractId, 1, await upload("b.png"), now))!;
    for (const stranger of [w.rival, w.outsider, other.officer, other.supplier]) {
      expect(await readReportFile(stranger, w.contractId, 1, file.id)).toBeNull();
      expect(await removeReportFile(stranger, w.contractId, 1, file.id, now)).toBeNull();
      expect(await addReportFile(stranger, w.contractId, 1, await upload("x.png"), now)).toBeNull();
    }
    // Another contract's file, asked for through this supplier's own contract, is not found.
    expect(await readReportFile(w.supplier, w.contractId, 1, elsewhere.id)).toBeNull();
    expect(await removeReportFile(w.supplier, w.contractId, 1, elsewhere.id, now)).toBeNull();
    expect(await t.db.contractReportFile.count({ where: { id: { in: [file.id, elsewhere.id] } } })).toBe(2);
  });
});
