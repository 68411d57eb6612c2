-- migrate:up
-- CreateTable
CREATE TABLE "ContractReportFile" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "reportId" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "mediaType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "uploadedById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ContractReportFile_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "ContractReport" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "ContractReportFile_storageKey_key" ON "ContractReportFile"("storageKey");

-- CreateIndex
CREATE INDEX "ContractReportFile_reportId_idx" ON "ContractReportFile"("reportId");

-- migrate:down
-- DropTable
PRAGMA foreign_keys=off;
DROP TABLE "ContractReportFile";
PRAGMA foreign_keys=on;
