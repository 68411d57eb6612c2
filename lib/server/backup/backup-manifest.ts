import "server-only";
import type { DatabaseProvider } from "@/lib/server/db";
import type { TarPart } from "./tar";

export const MANIFEST_NAME = "manifest.json";
export const BACKUP_FORMAT = "sustainable-ict-assessment-backup";

/** What a backup holds, written last into the archive once every part's hash is known. */
export type BackupManifest = {
  format: typeof BACKUP_FORMAT;
  formatVersion: 1;
  createdAt: string;
  provider: DatabaseProvider;
  /** The newest migration applied to the database that was backed up. */
  migrationVersion: string | null;
  /** Rows per table at the time of the backup; restore checks them. */
  rowCounts: Record<string, number>;
  /** The database file (`database.sqlite` or `database.pgdump`) and every upload (`uploads/…`), with SHA-256. */
  parts: TarPart[];
};

export function parseManifest(text: string): BackupManifest {
  const manifest = JSON.parse(text) as Partial<BackupManifest>;
  if (manifest.format !== BACKUP_FORMAT || manifest.formatVersion !== 1 || !Array.isArray(manifest.parts) || !manifest.rowCounts) {
    throw new Error("Not a backup of this service, or from a newer version of it");
  }
  return manifest as BackupManifest;
}
