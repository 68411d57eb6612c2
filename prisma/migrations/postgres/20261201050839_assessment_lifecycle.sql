-- migrate:up
-- AlterTable
ALTER TABLE "Assessment" ADD COLUMN     "archivedAt" TIMESTAMP(3),
ADD COLUMN     "awardedSupplierOrganisationId" TEXT,
ADD COLUMN     "outcome" TEXT,
ADD COLUMN     "outcomeDecidedOn" TIMESTAMP(3),
ADD COLUMN     "outcomeRecordedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "ClarificationQuestion" ADD COLUMN     "publishedQuestion" TEXT;

-- migrate:down
-- AlterTable
ALTER TABLE "Assessment" DROP COLUMN "archivedAt",
DROP COLUMN "awardedSupplierOrganisationId",
DROP COLUMN "outcome",
DROP COLUMN "outcomeDecidedOn",
DROP COLUMN "outcomeRecordedAt";

-- AlterTable
ALTER TABLE "ClarificationQuestion" DROP COLUMN "publishedQuestion";
