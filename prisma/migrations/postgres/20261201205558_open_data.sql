-- migrate:up
-- AlterTable
ALTER TABLE "Assessment" ADD COLUMN     "openData" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "openDataSince" TIMESTAMP(3);

-- migrate:down
-- AlterTable
ALTER TABLE "Assessment" DROP COLUMN "openData",
DROP COLUMN "openDataSince";
