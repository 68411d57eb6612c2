-- migrate:up
-- CreateTable
CREATE TABLE "Contract" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "assessmentId" TEXT NOT NULL,
    "supplierOrganisationId" TEXT NOT NULL,
    "startsOn" TIMESTAMP(3) NOT NULL,
    "endsOn" TIMESTAMP(3) NOT NULL,
    "value" INTEGER NOT NULL,
    "kpis" TEXT NOT NULL,
    "commitments" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Contract_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContractReport" (
    "id" TEXT NOT NULL,
    "contractId" TEXT NOT NULL,
    "contractYear" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "figures" TEXT NOT NULL DEFAULT '{}',
    "reference" TEXT,
    "receiptHash" TEXT,
    "submittedAt" TIMESTAMP(3),
    "submittedById" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedById" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ContractReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContractKpiReview" (
    "id" TEXT NOT NULL,
    "reportId" TEXT NOT NULL,
    "kpiKind" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "reviewedById" TEXT NOT NULL,
    "reviewedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ContractKpiReview_pkey" PRIMARY KEY ("id")
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

-- AddForeignKey
ALTER TABLE "ContractReport" ADD CONSTRAINT "ContractReport_contractId_fkey" FOREIGN KEY ("contractId") REFERENCES "Contract"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContractKpiReview" ADD CONSTRAINT "ContractKpiReview_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "ContractReport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- migrate:down
-- DropForeignKey
ALTER TABLE "ContractReport" DROP CONSTRAINT "ContractReport_contractId_fkey";

-- DropForeignKey
ALTER TABLE "ContractKpiReview" DROP CONSTRAINT "ContractKpiReview_reportId_fkey";

-- DropTable
DROP TABLE "Contract";

-- DropTable
DROP TABLE "ContractReport";

-- DropTable
DROP TABLE "ContractKpiReview";
