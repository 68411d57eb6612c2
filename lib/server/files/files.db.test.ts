import { randomUUID } from "node:crypto";
import { mkdtempSync, readdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { maxFilesPerResponse, maxResponseFileBytes } from "@/lib/domain/responses/upload-rules";
import { getOwnResponse } from "@/lib/server/responses/get-response";
import { saveAnswer } from "@/lib/server/responses/save-answer";
import { invitedSupplier } from "@/lib/testing/invited-supplier";
import { useTestDatabase } from "@/lib/testing/use-test-database";
import { inspectUpload } from "./inspect-upload";
import { readResponseFile } from "./read-response-file";

// What a supplier uploads: named by the type of its content, and within the response's limits.

const uploads = mkdtempSync(path.join(os.tmpdir(), "uploads-"));
process.env.UPLOADS_DIR = uploads;
const t = useTestDatabase();

// A 1×1 PNG with an HTML page after it: a polyglot that a browser sniffing the name ".html" would run.
const polyglot = Buffer.concat([
  Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=", "base64"),
  Buffer.from("<html><script>alert(document.domain)</script></html>"),
]);

async function upload(name: string, bytes: Buffer) {
  const inspected = await inspectUpload(new File([new Uint8Array(bytes)], name, { type: "text/html" }));
  if (!inspected || !("upload" in inspected)) throw new Error(`refused: ${JSON.stringify(inspected)}`);
  return inspected.upload;
}

const storedFileCount = () => readdirSync(uploads, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).length;

describe("uploaded files", () => {
  it("are stored and read back under the detected type and its extension, whatever the name said", async () => {
    const { actor, assessmentId, criterionId } = await invitedSupplier(t.db);
    const png = await upload("poly.html", polyglot);
    expect(png).toMatchObject({ fileName: "poly.png", mediaType: "image/png" });
    await saveAnswer(actor, assessmentId, criterionId, { answer: "A diagram", language: "en", version: 0 }, png);
    const [file] = (await getOwnResponse(actor, assessmentId))!.response!.files;
    expect(await readResponseFile(actor, file.id)).toMatchObject({ fileName: "poly.png", mediaType: "image/png", size: polyglot.length });
    expect((await upload("../\u202Egnp.exe", polyglot)).fileName).toBe("gnp.png");
  });

  it("are refused beyond 50 in a response, with the typed answer not saved and the bytes not kept", async () => {
    const { actor, assessmentId, criterionId } = await invitedSupplier(t.db);
    await saveAnswer(actor, assessmentId, criterionId, { answer: "First", language: "en", version: 0 }, await upload("one.png", polyglot));
    const response = (await getOwnResponse(actor, assessmentId))!.response!;
    // The rest of the 50 as rows only: the limit counts what the database holds.
    await t.db.responseFile.createMany({
      data: Array.from({ length: maxFilesPerResponse - 1 }, (_, index) => ({ responseId: response.id, criterionId, fileName: `f${index}.png`, mediaType: "image/png", size: 10, sha256: "0".repeat(64), storageKey: randomUUID(), uploadedById: actor.userId })),
    });
    const onDisk = storedFileCount();
    await expect(saveAnswer(actor, assessmentId, criterionId, { answer: "Second", language: "en", version: 1 }, await upload("fifty-one.png", polyglot))).rejects.toMatchObject({ code: "RESPONSE_FILES_LIMIT", messageKey: "file.tooManyForResponse", field: "file" });
    expect(storedFileCount()).toBe(onDisk);
    const after = (await getOwnResponse(actor, assessmentId))!.response!;
    expect(after.files).toHaveLength(maxFilesPerResponse);
    expect(after.answers.get(criterionId)).toMatchObject({ answer: "First", version: 1 });
  });

  it("are refused when they would take a response over 200MB in all", async () => {
    const { actor, assessmentId, criterionId } = await invitedSupplier(t.db);
    await saveAnswer(actor, assessmentId, criterionId, { answer: "First", language: "en", version: 0 }, null);
    const response = (await getOwnResponse(actor, assessmentId))!.response!;
    await t.db.responseFile.create({ data: { responseId: response.id, criterionId, fileName: "big.pdf", mediaType: "application/pdf", size: maxResponseFileBytes - polyglot.length + 1, sha256: "0".repeat(64), storageKey: randomUUID(), uploadedById: actor.userId } });
    await expect(saveAnswer(actor, assessmentId, criterionId, { answer: "Second", language: "en", version: 1 }, await upload("over.png", polyglot))).rejects.toMatchObject({ messageKey: "file.responseTooLarge" });
    await t.db.responseFile.updateMany({ where: { responseId: response.id }, data: { size: maxResponseFileBytes - polyglot.length } });
    expect(await saveAnswer(actor, assessmentId, criterionId, { answer: "Second", language: "en", version: 1 }, await upload("fits.png", polyglot))).toMatchObject({ saved: { answer: "Second" } });
  });
});
