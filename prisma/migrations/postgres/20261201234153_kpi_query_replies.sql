-- migrate:up
-- AlterTable
ALTER TABLE "ContractKpiReview" ADD COLUMN     "repliedAt" TIMESTAMP(3),
ADD COLUMN     "repliedById" TEXT,
ADD COLUMN     "reply" TEXT;

-- migrate:down
-- AlterTable
ALTER TABLE "ContractKpiReview" DROP COLUMN "repliedAt",
DROP COLUMN "repliedById",
DROP COLUMN "reply";
