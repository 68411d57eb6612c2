import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { verifyAuditChains } from "@/lib/server/audit/verify-audit-chain";
import { createBackup, listFiles } from "@/lib/server/backup/create-backup";
import { restoreBackup } from "@/lib/server/backup/restore-backup";
import { createDb, sqliteFilePath, type Db } from "@/lib/server/db";
import { storeBytes } from "@/lib/server/files/storage";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { createOrganisation } from "@/lib/testing/use-test-database";

// Back up a database with people, audit events and uploads; wipe the database and the uploads; restore; and find
// the same rows in every table, the same bytes in every upload, and an audit chain that verifies as before.

const uploadsDir = mkdtempSync(path.join(os.tmpdir(), "backup-uploads-"));
const backupsDir = mkdtempSync(path.join(os.tmpdir(), "backups-"));
process.env.UPLOADS_DIR = uploadsDir;

let database: TestDatabase;
let restored: Db | undefined;

/** Rows per table, counted through Prisma (independently of the backup's own counting). */
async function rowsPerTable(db: Db, provider: TestDatabase["provider"]): Promise<Record<string, number>> {
  const tables: { name: string }[] =
    provider === "sqlite"
      ? await db.$queryRawUnsafe("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
      : await db.$queryRawUnsafe("SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public'");
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const [{ n }] = await db.$queryRawUnsafe<{ n: bigint | number }[]>(`SELECT COUNT(*) AS n FROM "${name}"`);
    counts[name] = Number(n);
  }
  return counts;
}

async function uploadedBytes(): Promise<Map<string, Buffer>> {
  const files = await listFiles(uploadsDir);
  return new Map(await Promise.all(files.map(async (file) => [file, await readFile(path.join(uploadsDir, file))] as const)));
}

/** Drops and recreates the database (PostgreSQL) or deletes its file (SQLite); deletes every upload. */
async function wipe() {
  await database.db.$disconnect();
  if (database.provider === "sqlite") {
    const file = sqliteFilePath(database.url);
    for (const suffix of ["", "-wal", "-shm"]) await rm(`${file}${suffix}`, { force: true });
  } else {
    const name = new URL(database.url).pathname.slice(1);
    const admin = new pg.Client({ connectionString: process.env.TEST_POSTGRES_URL });
    await admin.connect();
    try {
      await admin.query(`DROP DATABASE "${name}" WITH (FORCE)`);
      await admin.query(`CREATE DATABASE "${name}"`);
    } finally {
      await admin.end();
    }
  }
  await rm(uploadsDir, { recursive: true, force: true });
}

beforeAll(async () => {
  database = await createTestDatabase();
  const { db } = database;
  const buyer = await createOrganisation(db, "buyer", ["procurement-officer", "sustainability-specialist"]);
  const supplier = await createOrganisation(db, "supplier", ["supplier-admin"]);
  for (const [index, actor] of [...buyer.actors, ...supplier.actors].entries()) {
    await db.$transaction((tx) =>
      recordAuditEvent(tx, { organisationId: actor.organisationId, actorOrganisationId: actor.organisationId, actorUserId: actor.userId, action: `backup-test-${index}`, subjectType: "Test", after: { index } }),
    );
  }
  await db.$transaction((tx) => recordAuditEvent(tx, { organisationId: null, actorOrganisationId: null, actorUserId: null, action: "backup-test-system", subjectType: "Test" }));
  // Several files, one larger than a read chunk and one empty, so the archive's streaming is exercised.
  for (const size of [0, 1, 511, 512, 70_000, 2_500_000]) await storeBytes(randomBytes(size));
});

afterAll(async () => {
  await restored?.$disconnect();
  await database?.drop();
  await rm(uploadsDir, { recursive: true, force: true });
  await rm(backupsDir, { recursive: true, force: true });
});

describe("backup and restore", () => {
  it("restores every row, every uploaded byte and an intact audit chain into a wiped database", async () => {
    const rowsBefore = await rowsPerTable(database.db, database.provider);
    const chainBefore = await verifyAuditChains(database.db);
    expect(chainBefore.broken).toEqual([]);
    expect(chainBefore.chains.length).toBeGreaterThanOrEqual(3);
    expect(rowsBefore.AuditEvent).toBe(4);
    const filesBefore = await uploadedBytes();
    expect(filesBefore.size).toBe(6);

    const backup = await createBackup({ databaseUrl: database.url, uploadsDir, backupsDir });
    expect(backup.manifest).toMatchObject({ provider: database.provider, rowCounts: rowsBefore });
    expect(backup.manifest.migrationVersion).toMatch(/^\d{14}$/);
    expect(backup.manifest.parts).toHaveLength(7);
    // A standard archive: the system's tar lists it, manifest last.
    const listing = execFileSync("tar", ["-tzf", backup.archive], { encoding: "utf8" }).trim().split("\n");
    expect(listing[0]).toBe(database.provider === "sqlite" ? "database.sqlite" : "database.pgdump");
    expect(listing.at(-1)).toBe("manifest.json");
    expect(listing.filter((name) => name.startsWith("uploads/")).sort()).toEqual([...filesBefore.keys()].map((file) => `uploads/${file}`));

    // Never over data that is there, unless forced.
    await expect(restoreBackup({ archive: backup.archive, databaseUrl: database.url, uploadsDir })).rejects.toThrow(
      /Nothing was restored: the database already holds data .*--force/s,
    );

    await wipe();
    const outcome = await restoreBackup({ archive: backup.archive, databaseUrl: database.url, uploadsDir });
    expect(outcome.uploads).toBe(6);

    restored = createDb(database.url);
    expect(await rowsPerTable(restored, database.provider)).toEqual(rowsBefore);
    expect(await verifyAuditChains(restored)).toEqual(chainBefore);
    const filesAfter = await uploadedBytes();
    expect([...filesAfter.keys()]).toEqual([...filesBefore.keys()]);
    for (const [file, bytes] of filesBefore) expect(filesAfter.get(file)!.equals(bytes)).toBe(true);

    // Forced, over the restored data: the same again.
    await restored.$disconnect();
    await restoreBackup({ archive: backup.archive, databaseUrl: database.url, uploadsDir, force: true });
    restored = createDb(database.url);
    expect(await rowsPerTable(restored, database.provider)).toEqual(rowsBefore);
  });
});
