-- migrate:up
-- CreateTable
CREATE TABLE "ContractReportFile" (
    "id" TEXT NOT NULL,
    "reportId" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "mediaType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "uploadedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ContractReportFile_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ContractReportFile_storageKey_key" ON "ContractReportFile"("storageKey");

-- CreateIndex
CREATE INDEX "ContractReportFile_reportId_idx" ON "ContractReportFile"("reportId");

-- AddForeignKey
ALTER TABLE "ContractReportFile" ADD CONSTRAINT "ContractReportFile_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "ContractReport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- migrate:down
-- DropForeignKey
ALTER TABLE "ContractReportFile" DROP CONSTRAINT "ContractReportFile_reportId_fkey";

-- DropTable
DROP TABLE "ContractReportFile";
