import "server-only";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rename, rm } from "node:fs/promises";
import path from "node:path";
import { databaseProvider } from "@/lib/server/db";
import { MANIFEST_NAME, parseManifest, type BackupManifest } from "./backup-manifest";
import { listFiles } from "./create-backup";
import { inspectDatabase, loadDatabase, MIGRATIONS_TABLE } from "./database-copy";
import { extractTarGz } from "./tar";

/** A restore that did not happen, or did not come out as the backup says; the message is for the person running it. */
export class RestoreError extends Error {}

export type RestoreOutcome = {
  manifest: BackupManifest;
  rowCounts: Record<string, number>;
  uploads: number;
  milliseconds: number;
};

/**
 * Restores a backup written by createBackup into the database named by databaseUrl and the uploads folder. Checks
 * every part's SHA-256 before touching anything; refuses a database with rows or an uploads folder with files unless
 * `force`; afterwards checks the rows per table against the manifest.
 */
export async function restoreBackup(options: { archive: string; databaseUrl: string; uploadsDir: string; force?: boolean }): Promise<RestoreOutcome> {
  const started = Date.now();
  if (!existsSync(options.archive)) throw new RestoreError(`No backup file at ${options.archive}`);
  const uploadsDir = path.resolve(options.uploadsDir);
  // Unpacked beside the uploads folder, so the uploads can be moved into place by renaming.
  await mkdir(path.dirname(uploadsDir), { recursive: true });
  const scratch = await mkdtemp(path.join(path.dirname(uploadsDir), ".restore-"));
  try {
    const extracted = await extractTarGz(options.archive, scratch);
    if (!extracted.some((part) => part.path === MANIFEST_NAME)) throw new RestoreError("The backup has no manifest.json: not a backup of this service");
    const manifest = parseManifest(await readFile(path.join(scratch, MANIFEST_NAME), "utf8"));
    checkParts(manifest, extracted.filter((part) => part.path !== MANIFEST_NAME));

    const provider = databaseProvider(options.databaseUrl);
    if (provider !== manifest.provider) {
      throw new RestoreError(`This backup is of a ${manifest.provider} database; DATABASE_URL names a ${provider} database. Restore it into a ${manifest.provider} database.`);
    }
    if (!options.force) await refuseToOverwrite(options.databaseUrl, uploadsDir);

    const databasePart = manifest.parts.find((part) => !part.path.startsWith("uploads/"))!;
    await loadDatabase(options.databaseUrl, path.join(scratch, databasePart.path));

    await rm(uploadsDir, { recursive: true, force: true });
    const restoredUploads = path.join(scratch, "uploads");
    if (existsSync(restoredUploads)) await rename(restoredUploads, uploadsDir);
    else await mkdir(uploadsDir, { recursive: true });

    const after = await inspectDatabase(options.databaseUrl);
    const differences = Object.keys({ ...manifest.rowCounts, ...after.rowCounts })
      .sort()
      .filter((table) => manifest.rowCounts[table] !== after.rowCounts[table])
      .map((table) => `${table}: ${manifest.rowCounts[table] ?? "absent"} in the backup, ${after.rowCounts[table] ?? "absent"} restored`);
    if (differences.length > 0) throw new RestoreError(`Restored, but the rows do not match the backup's manifest:\n  ${differences.join("\n  ")}`);
    if (after.migrationVersion !== manifest.migrationVersion) {
      throw new RestoreError(`Restored, but the migration version is ${after.migrationVersion}, not the backup's ${manifest.migrationVersion}`);
    }
    const uploads = manifest.parts.length - 1;
    return { manifest, rowCounts: after.rowCounts, uploads, milliseconds: Date.now() - started };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/** Every part the manifest lists, byte for byte, and nothing else. */
function checkParts(manifest: BackupManifest, extracted: { path: string; bytes: number; sha256: string }[]) {
  const found = new Map(extracted.map((part) => [part.path, part]));
  const problems: string[] = [];
  for (const part of manifest.parts) {
    const got = found.get(part.path);
    if (!got) problems.push(`${part.path} is missing`);
    else if (got.sha256 !== part.sha256 || got.bytes !== part.bytes) problems.push(`${part.path} does not match its SHA-256`);
    found.delete(part.path);
  }
  for (const extra of found.keys()) problems.push(`${extra} is not in the manifest`);
  const databaseParts = manifest.parts.filter((part) => !part.path.startsWith("uploads/"));
  if (databaseParts.length !== 1) problems.push("the backup must hold exactly one database file");
  if (problems.length > 0) throw new RestoreError(`The backup is damaged; nothing was restored:\n  ${problems.join("\n  ")}`);
}

async function refuseToOverwrite(databaseUrl: string, uploadsDir: string) {
  const { rowCounts } = await inspectDatabase(databaseUrl);
  const withRows = Object.entries(rowCounts).filter(([table, rows]) => table !== MIGRATIONS_TABLE && rows > 0);
  const uploads = (await listFiles(uploadsDir)).length;
  const reasons = [
    ...(withRows.length > 0 ? [`the database already holds data (${withRows.map(([table, rows]) => `${table}: ${rows}`).join(", ")})`] : []),
    ...(uploads > 0 ? [`${uploadsDir} already holds ${uploads} file(s)`] : []),
  ];
  if (reasons.length > 0) {
    throw new RestoreError(`Nothing was restored: ${reasons.join(", and ")}. Restore into an empty database, or add --force to replace what is there.`);
  }
}
