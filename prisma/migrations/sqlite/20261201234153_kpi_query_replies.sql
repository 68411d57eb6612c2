-- migrate:up
-- AlterTable
ALTER TABLE "ContractKpiReview" ADD COLUMN "repliedAt" DATETIME;
ALTER TABLE "ContractKpiReview" ADD COLUMN "repliedById" TEXT;
ALTER TABLE "ContractKpiReview" ADD COLUMN "reply" TEXT;

-- migrate:down
-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_ContractKpiReview" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "reportId" TEXT NOT NULL,
    "kpiKind" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "reviewedById" TEXT NOT NULL,
    "reviewedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ContractKpiReview_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "ContractReport" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_ContractKpiReview" ("id", "kpiKind", "outcome", "reason", "reportId", "reviewedAt", "reviewedById", "status") SELECT "id", "kpiKind", "outcome", "reason", "reportId", "reviewedAt", "reviewedById", "status" FROM "ContractKpiReview";
DROP TABLE "ContractKpiReview";
ALTER TABLE "new_ContractKpiReview" RENAME TO "ContractKpiReview";
CREATE UNIQUE INDEX "ContractKpiReview_reportId_kpiKind_key" ON "ContractKpiReview"("reportId", "kpiKind");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
