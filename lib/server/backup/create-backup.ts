import "server-only";
import { existsSync } from "node:fs";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { BACKUP_FORMAT, MANIFEST_NAME, type BackupManifest } from "./backup-manifest";
import { dumpDatabase } from "./database-copy";
import { writeTarGz, type TarSource } from "./tar";

export const DEFAULT_BACKUPS_DIR = path.join("data", "backups");

/** Every file under a folder, as paths relative to it with "/" separators, sorted. */
export async function listFiles(folder: string): Promise<string[]> {
  if (!existsSync(folder)) return [];
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
    .sort();
}

/**
 * Writes one .tar.gz holding the database (a consistent copy, taken while the service may run), every uploaded
 * file, and a manifest (time, provider, migration version, rows per table, SHA-256 of each part).
 */
export async function createBackup(options: { databaseUrl: string; uploadsDir: string; backupsDir: string; now?: Date }) {
  const now = options.now ?? new Date();
  const started = Date.now();
  const scratch = await mkdtemp(path.join(os.tmpdir(), "backup-"));
  try {
    const { provider, file: databaseFile, rowCounts, migrationVersion: version } = await dumpDatabase(options.databaseUrl, scratch);
    const uploads = await listFiles(options.uploadsDir);
    const sources: TarSource[] = [
      { name: path.basename(databaseFile), file: databaseFile },
      ...uploads.map((relative) => ({ name: `uploads/${relative}`, file: path.join(options.uploadsDir, relative) })),
    ];
    const archive = path.resolve(options.backupsDir, `backup-${now.toISOString().replaceAll(":", "-").replace(/\.\d+Z$/, "Z")}-${provider}.tar.gz`);
    let manifest: BackupManifest | undefined;
    await writeTarGz(archive, sources, (parts) => {
      manifest = { format: BACKUP_FORMAT, formatVersion: 1, createdAt: now.toISOString(), provider, migrationVersion: version, rowCounts, parts: [...parts] };
      return [{ name: MANIFEST_NAME, bytes: Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`) }];
    });
    return { archive, manifest: manifest!, uploads: uploads.length, milliseconds: Date.now() - started };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
