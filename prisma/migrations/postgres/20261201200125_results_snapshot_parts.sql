-- migrate:up
-- AlterTable
ALTER TABLE "ResultsSnapshot" ADD COLUMN     "evaluatorWords" TEXT,
ADD COLUMN     "scoring" TEXT;

-- migrate:down
-- AlterTable
ALTER TABLE "ResultsSnapshot" DROP COLUMN "evaluatorWords",
DROP COLUMN "scoring";
