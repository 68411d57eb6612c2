// npm run backup [-- --out DIR] — one .tar.gz with the database named by DATABASE_URL (SQLite's online backup, or
// pg_dump's custom format), every file in UPLOADS_DIR and a manifest. Written into data/backups/ unless --out says.
import { statSync } from "node:fs";
import path from "node:path";
import { createBackup, DEFAULT_BACKUPS_DIR } from "@/lib/server/backup/create-backup";
import { DEFAULT_DATABASE_URL } from "@/lib/server/db";
import { uploadsDir, usesObjectStorage } from "@/lib/server/files/storage";

async function main() {
  const args = process.argv.slice(2);
  const out = args.indexOf("--out");
  if (args.some((arg, i) => arg !== "--out" && i !== out + 1) || (out !== -1 && !args[out + 1])) {
    console.error("Usage: npm run backup [-- --out DIR]");
    process.exitCode = 2;
    return;
  }
  const backupsDir = out === -1 ? DEFAULT_BACKUPS_DIR : args[out + 1];
  const { archive, manifest, uploads, milliseconds } = await createBackup({
    databaseUrl: process.env.DATABASE_URL || DEFAULT_DATABASE_URL,
    uploadsDir: uploadsDir(),
    backupsDir,
  });
  const rows = Object.values(manifest.rowCounts).reduce((sum, n) => sum + n, 0);
  const size = statSync(archive).size;
  const relative = path.relative(process.cwd(), archive);
  console.log(
    `Backup written: ${relative.startsWith("..") ? archive : relative}\n` +
      `  ${manifest.provider} database at migration ${manifest.migrationVersion}, ${rows} rows in ${Object.keys(manifest.rowCounts).length} tables; ` +
      `${uploads} uploaded file(s); ${(size / 1024).toFixed(1)} KiB in ${milliseconds} ms`,
  );
  // Files in object storage are kept by the bucket (its versioning and replication), not in this archive.
  if (usesObjectStorage()) console.log(`  Uploaded files are in the object storage bucket ${process.env.S3_BUCKET}: this backup holds the database only.`);
}

main().catch((error) => {
  console.error("Backup failed:", error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
