-- migrate:up
-- AlterTable
ALTER TABLE "Assessment" ADD COLUMN     "openData" BOOLEAN NOT NULL DEFAULT false;

-- migrate:down
-- AlterTable
ALTER TABLE "Assessment" DROP COLUMN "openData";
