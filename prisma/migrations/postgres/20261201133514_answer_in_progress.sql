-- migrate:up
-- AlterTable
ALTER TABLE "ResponseAnswer" ADD COLUMN     "finished" BOOLEAN NOT NULL DEFAULT true;

-- migrate:down
-- AlterTable
ALTER TABLE "ResponseAnswer" DROP COLUMN "finished";
