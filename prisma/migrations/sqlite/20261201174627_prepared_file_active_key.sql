-- migrate:up
-- AlterTable
ALTER TABLE "PreparedFile" ADD COLUMN "activeKey" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "PreparedFile_activeKey_key" ON "PreparedFile"("activeKey");

-- migrate:down
-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_PreparedFile" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organisationId" TEXT NOT NULL,
    "assessmentId" TEXT NOT NULL,
    "requestedById" TEXT NOT NULL,
    "file" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'queued',
    "step" INTEGER NOT NULL DEFAULT 0,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "claimToken" TEXT,
    "claimedAt" DATETIME,
    "fileName" TEXT,
    "mediaType" TEXT,
    "byteSize" INTEGER,
    "storageKey" TEXT,
    "sha256" TEXT,
    "errorReference" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" DATETIME,
    CONSTRAINT "PreparedFile_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_PreparedFile" ("assessmentId", "attempts", "byteSize", "claimToken", "claimedAt", "createdAt", "errorReference", "file", "fileName", "finishedAt", "id", "mediaType", "organisationId", "requestedById", "sha256", "status", "step", "storageKey") SELECT "assessmentId", "attempts", "byteSize", "claimToken", "claimedAt", "createdAt", "errorReference", "file", "fileName", "finishedAt", "id", "mediaType", "organisationId", "requestedById", "sha256", "status", "step", "storageKey" FROM "PreparedFile";
DROP TABLE "PreparedFile";
ALTER TABLE "new_PreparedFile" RENAME TO "PreparedFile";
CREATE INDEX "PreparedFile_status_createdAt_idx" ON "PreparedFile"("status", "createdAt");
CREATE INDEX "PreparedFile_requestedById_assessmentId_file_idx" ON "PreparedFile"("requestedById", "assessmentId", "file");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
