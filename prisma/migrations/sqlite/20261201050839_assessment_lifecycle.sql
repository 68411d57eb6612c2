-- migrate:up
-- AlterTable
ALTER TABLE "Assessment" ADD COLUMN "archivedAt" DATETIME;
ALTER TABLE "Assessment" ADD COLUMN "awardedSupplierOrganisationId" TEXT;
ALTER TABLE "Assessment" ADD COLUMN "outcome" TEXT;
ALTER TABLE "Assessment" ADD COLUMN "outcomeDecidedOn" DATETIME;
ALTER TABLE "Assessment" ADD COLUMN "outcomeRecordedAt" DATETIME;

-- AlterTable
ALTER TABLE "ClarificationQuestion" ADD COLUMN "publishedQuestion" TEXT;

-- migrate:down
-- AlterTable (in place, so that columns added by other migrations are kept)
ALTER TABLE "ClarificationQuestion" DROP COLUMN "publishedQuestion";
ALTER TABLE "Assessment" DROP COLUMN "outcomeRecordedAt";
ALTER TABLE "Assessment" DROP COLUMN "outcomeDecidedOn";
ALTER TABLE "Assessment" DROP COLUMN "outcome";
ALTER TABLE "Assessment" DROP COLUMN "awardedSupplierOrganisationId";
ALTER TABLE "Assessment" DROP COLUMN "archivedAt";
