-- migrate:up
-- CreateTable
CREATE TABLE "PreparedFile" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "assessmentId" TEXT NOT NULL,
    "requestedById" TEXT NOT NULL,
    "file" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'queued',
    "activeKey" TEXT,
    "step" INTEGER NOT NULL DEFAULT 0,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "claimToken" TEXT,
    "claimedAt" TIMESTAMP(3),
    "fileName" TEXT,
    "mediaType" TEXT,
    "byteSize" INTEGER,
    "storageKey" TEXT,
    "sha256" TEXT,
    "errorReference" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "PreparedFile_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PreparedFile_activeKey_key" ON "PreparedFile"("activeKey");

-- CreateIndex
CREATE INDEX "PreparedFile_status_createdAt_idx" ON "PreparedFile"("status", "createdAt");

-- CreateIndex
CREATE INDEX "PreparedFile_requestedById_assessmentId_file_idx" ON "PreparedFile"("requestedById", "assessmentId", "file");

-- AddForeignKey
ALTER TABLE "PreparedFile" ADD CONSTRAINT "PreparedFile_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- migrate:down
-- DropForeignKey
ALTER TABLE "PreparedFile" DROP CONSTRAINT "PreparedFile_assessmentId_fkey";

-- DropTable
DROP TABLE "PreparedFile";
