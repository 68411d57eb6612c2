-- migrate:up
-- CreateTable
CREATE TABLE "PreparedFile" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organisationId" TEXT NOT NULL,
    "assessmentId" TEXT NOT NULL,
    "requestedById" TEXT NOT NULL,
    "file" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'queued',
    "activeKey" TEXT,
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

-- CreateIndex
CREATE UNIQUE INDEX "PreparedFile_activeKey_key" ON "PreparedFile"("activeKey");

-- CreateIndex
CREATE INDEX "PreparedFile_status_createdAt_idx" ON "PreparedFile"("status", "createdAt");

-- CreateIndex
CREATE INDEX "PreparedFile_requestedById_assessmentId_file_idx" ON "PreparedFile"("requestedById", "assessmentId", "file");

-- migrate:down
-- DropTable
PRAGMA foreign_keys=off;
DROP TABLE "PreparedFile";
PRAGMA foreign_keys=on;
