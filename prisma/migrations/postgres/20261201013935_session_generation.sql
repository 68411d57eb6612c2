-- migrate:up
-- AlterTable
ALTER TABLE "User" ADD COLUMN     "sessionGeneration" INTEGER NOT NULL DEFAULT 0;

-- migrate:down
-- AlterTable
ALTER TABLE "User" DROP COLUMN "sessionGeneration";
