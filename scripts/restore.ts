// npm run restore -- FILE [--force] — restores a backup made by `npm run backup` into the database named by
// DATABASE_URL and into UPLOADS_DIR, then checks the rows per table against the backup's manifest. Refuses a
// database with data or an uploads folder with files unless --force. Stop the service first.
import { DEFAULT_DATABASE_URL } from "@/lib/server/db";
import { RestoreError, restoreBackup } from "@/lib/server/backup/restore-backup";
import { uploadsDir, usesObjectStorage } from "@/lib/server/files/storage";

async function main() {
  const args = process.argv.slice(2);
  const force = args.includes("--force");
  const files = args.filter((arg) => arg !== "--force");
  if (files.length !== 1 || files[0].startsWith("--")) {
    console.error("Usage: npm run restore -- FILE [--force]");
    process.exitCode = 2;
    return;
  }
  const { manifest, rowCounts, uploads, milliseconds } = await restoreBackup({
    archive: files[0],
    databaseUrl: process.env.DATABASE_URL || DEFAULT_DATABASE_URL,
    uploadsDir: uploadsDir(),
    force,
  });
  const rows = Object.values(rowCounts).reduce((sum, n) => sum + n, 0);
  console.log(
    `Restored the backup of ${manifest.createdAt} (${manifest.provider}, migration ${manifest.migrationVersion}): ` +
      `${rows} rows in ${Object.keys(rowCounts).length} tables, as the manifest says; ${uploads} uploaded file(s); ${milliseconds} ms.\n` +
      "Check the audit chain with: npm run audit:verify",
  );
  if (usesObjectStorage()) console.log(`Uploaded files are read from the object storage bucket ${process.env.S3_BUCKET}, which this restore does not change.`);
}

main().catch((error) => {
  console.error(error instanceof RestoreError ? error.message : `Restore failed: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
});
