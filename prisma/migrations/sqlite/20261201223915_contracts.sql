-- migrate:up
-- CreateTable
CREATE TABLE "Contract" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organisationId" TEXT NOT NULL,
    "assessmentId" TEXT NOT NULL,
    "supplierOrganisationId" TEXT NOT NULL,
    "startsOn" DATETIME NOT NULL,
    "endsOn" DATETIME NOT NULL,
    "value" INTEGER NOT NULL,
    "kpis" TEXT NOT NULL,
    "commitments" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "ContractReport" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "contractId" TEXT NOT NULL,
    "contractYear" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "figures" TEXT NOT NULL DEFAULT '{}',
    "reference" TEXT,
    "receiptHash" TEXT,
    "submittedAt" DATETIME,
    "submittedById" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedById" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ContractReport_contractId_fkey" FOREIGN KEY ("contractId") REFERENCES "Contract" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ContractKpiReview" (
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

-- CreateIndex
CREATE UNIQUE INDEX "Contract_assessmentId_key" ON "Contract"("assessmentId");

-- CreateIndex
CREATE INDEX "Contract_organisationId_idx" ON "Contract"("organisationId");

-- CreateIndex
CREATE INDEX "Contract_supplierOrganisationId_idx" ON "Contract"("supplierOrganisationId");

-- CreateIndex
CREATE UNIQUE INDEX "ContractReport_contractId_contractYear_key" ON "ContractReport"("contractId", "contractYear");

-- CreateIndex
CREATE UNIQUE INDEX "ContractKpiReview_reportId_kpiKind_key" ON "ContractKpiReview"("reportId", "kpiKind");

-- migrate:down
-- DropTable
PRAGMA foreign_keys=off;
DROP TABLE "Contract";
PRAGMA foreign_keys=on;

-- DropTable
PRAGMA foreign_keys=off;
DROP TABLE "ContractReport";
PRAGMA foreign_keys=on;

-- DropTable
PRAGMA foreign_keys=off;
DROP TABLE "ContractKpiReview";
PRAGMA foreign_keys=on;
