-- migrate:up
-- AlterTable
ALTER TABLE "Assessment" ADD COLUMN     "summariesReleasedAt" TIMESTAMP(3);

-- migrate:down
-- AlterTable
ALTER TABLE "Assessment" DROP COLUMN "summariesReleasedAt";
