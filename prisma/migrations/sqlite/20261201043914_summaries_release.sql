-- migrate:up
-- AlterTable
ALTER TABLE "Assessment" ADD COLUMN "summariesReleasedAt" DATETIME;

-- migrate:down
-- AlterTable (in place, so that columns added by other migrations are kept)
ALTER TABLE "Assessment" DROP COLUMN "summariesReleasedAt";
