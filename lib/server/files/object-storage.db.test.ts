import { readdirSync } from "node:fs";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { GetObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getOwnResponse } from "@/lib/server/responses/get-response";
import { saveAnswer } from "@/lib/server/responses/save-answer";
import { invitedSupplier } from "@/lib/testing/invited-supplier";
import { startObjectStorage } from "@/lib/testing/object-storage-server";
import { useTestDatabase } from "@/lib/testing/use-test-database";
import { objectStorageSettings } from "./file-store";
import { inspectUpload } from "./inspect-upload";
import { readResponseFile } from "./read-response-file";
import { removeResponseFile } from "./remove-response-file";
import { s3Store } from "./s3-store";
import { readBytes, storeBytes, usesObjectStorage } from "./storage";

// With S3_BUCKET set, suppliers' files go to S3-compatible object storage (here a real S3 protocol server on
// loopback), so any app instance reads what another stored; the checks and the SHA-256 are those of the disk.

const localDisk = mkdtempSync(path.join(os.tmpdir(), "uploads-unused-"));
process.env.UPLOADS_DIR = localDisk;
const t = useTestDatabase();
let storage: Awaited<ReturnType<typeof startObjectStorage>>;
let client: S3Client;

beforeAll(async () => {
  storage = await startObjectStorage("supplier-files");
  Object.assign(process.env, storage.env);
  const settings = objectStorageSettings()!;
  client = new S3Client({ region: settings.region, endpoint: settings.endpoint, forcePathStyle: true, credentials: settings.credentials });
});

afterAll(async () => {
  for (const name of Object.keys(storage.env)) delete process.env[name];
  client.destroy();
  await storage.stop();
});

const keysInBucket = async () => ((await client.send(new ListObjectsV2Command({ Bucket: "supplier-files" }))).Contents ?? []).map((object) => object.Key!);
const pdf = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

describe("files in object storage", () => {
  it("are stored in the bucket, not on the local disk, and read back by another instance", async () => {
    expect(usesObjectStorage()).toBe(true);
    const bytes = Buffer.from("Evidence of net zero by 2040");
    const { storageKey } = await storeBytes(bytes);
    expect(await keysInBucket()).toContain(`${storageKey.slice(0, 2)}/${storageKey}`);
    expect(readdirSync(localDisk)).toEqual([]);
    // Another machine with the same settings reads the same bytes.
    expect(Buffer.compare(await s3Store(objectStorageSettings()!).get(storageKey), bytes)).toBe(0);
    expect(Buffer.compare(await readBytes(storageKey), bytes)).toBe(0);
  });

  it("carry a supplier's upload through saving, downloading and removing, with the same checks as on disk", async () => {
    const { actor, assessmentId, criterionId } = await invitedSupplier(t.db);
    const inspected = await inspectUpload(new File([new Uint8Array(pdf)], "carbon plan.html", { type: "text/html" }));
    if (!inspected || !("upload" in inspected)) throw new Error("the PDF was refused");
    // Named by what the content is, whatever the name said.
    expect(inspected.upload).toMatchObject({ fileName: "carbon plan.pdf", mediaType: "application/pdf" });
    await saveAnswer(actor, assessmentId, criterionId, { answer: "Our plan", language: "en", version: 0 }, inspected.upload);
    const [file] = (await getOwnResponse(actor, assessmentId))!.response!.files;
    const stored = await t.db.responseFile.findUniqueOrThrow({ where: { id: file.id } });
    const object = await client.send(new GetObjectCommand({ Bucket: "supplier-files", Key: `${stored.storageKey.slice(0, 2)}/${stored.storageKey}` }));
    expect(Buffer.compare(Buffer.from(await object.Body!.transformToByteArray()), pdf)).toBe(0);

    const download = await readResponseFile(actor, file.id);
    expect(download).toMatchObject({ fileName: "carbon plan.pdf", mediaType: "application/pdf", size: pdf.length });
    expect(Buffer.compare(download!.bytes, pdf)).toBe(0);

    await removeResponseFile(actor, assessmentId, file.id);
    expect(await keysInBucket()).not.toContain(`${stored.storageKey.slice(0, 2)}/${stored.storageKey}`);
  });

  it("are never handed out once changed in storage", async () => {
    const { actor, assessmentId, criterionId } = await invitedSupplier(t.db);
    const inspected = await inspectUpload(new File([new Uint8Array(pdf)], "plan.pdf"));
    if (!inspected || !("upload" in inspected)) throw new Error("the PDF was refused");
    await saveAnswer(actor, assessmentId, criterionId, { answer: "Our plan", language: "en", version: 0 }, inspected.upload);
    const [file] = (await getOwnResponse(actor, assessmentId))!.response!.files;
    const stored = await t.db.responseFile.findUniqueOrThrow({ where: { id: file.id } });
    await client.send(new PutObjectCommand({ Bucket: "supplier-files", Key: `${stored.storageKey.slice(0, 2)}/${stored.storageKey}`, Body: Buffer.from("%PDF-1.4 something else") }));
    await expect(readResponseFile(actor, file.id)).rejects.toThrow("does not match its SHA-256");
  });
});
