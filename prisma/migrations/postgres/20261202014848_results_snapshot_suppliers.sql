-- migrate:up
-- AlterTable
ALTER TABLE "ResultsSnapshot" ADD COLUMN     "suppliers" TEXT;

-- migrate:down
-- AlterTable
ALTER TABLE "ResultsSnapshot" DROP COLUMN "suppliers";
