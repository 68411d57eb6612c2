import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { BACKUP_FORMAT } from "./backup-manifest";
import { restoreBackup } from "./restore-backup";
import { extractTarGz, writeTarGz } from "./tar";

const scratch = mkdtempSync(path.join(os.tmpdir(), "backup-archive-"));
afterAll(() => rm(scratch, { recursive: true, force: true }));

describe("backup archive", () => {
  it("round-trips files of any size and long names, with their SHA-256", async () => {
    const long = `uploads/${"d".repeat(90)}/${"f".repeat(90)}`;
    const sources = [
      { name: "empty", bytes: new Uint8Array() },
      { name: "block", bytes: randomBytes(512) },
      { name: long, bytes: randomBytes(3_000_001) },
    ];
    const archive = path.join(scratch, "round-trip.tar.gz");
    const written = await writeTarGz(archive, sources);
    const into = path.join(scratch, "round-trip");
    expect(await extractTarGz(archive, into)).toEqual(written);
    for (const source of sources) expect((await readFile(path.join(into, source.name))).equals(Buffer.from(source.bytes))).toBe(true);
  });

  it("refuses names that would escape the folder it is unpacked into", async () => {
    const archive = path.join(scratch, "escape.tar.gz");
    await writeTarGz(archive, [{ name: "../outside", bytes: Buffer.from("x") }]);
    await expect(extractTarGz(archive, path.join(scratch, "escape"))).rejects.toThrow("Unsafe name in archive: ../outside");
  });

  it("restores nothing from a backup whose parts do not match the manifest", async () => {
    const archive = path.join(scratch, "damaged.tar.gz");
    await writeTarGz(archive, [{ name: "database.sqlite", bytes: Buffer.from("changed") }], () => [
      {
        name: "manifest.json",
        bytes: Buffer.from(
          JSON.stringify({ format: BACKUP_FORMAT, formatVersion: 1, provider: "sqlite", rowCounts: {}, parts: [{ path: "database.sqlite", bytes: 8, sha256: "0".repeat(64) }] }),
        ),
      },
    ]);
    const databaseUrl = `file:${path.join(scratch, "never.db")}`;
    await expect(restoreBackup({ archive, databaseUrl, uploadsDir: path.join(scratch, "uploads") })).rejects.toThrow(
      "The backup is damaged; nothing was restored:\n  database.sqlite does not match its SHA-256",
    );
  });
});
