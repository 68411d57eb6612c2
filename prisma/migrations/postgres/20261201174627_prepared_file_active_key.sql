-- migrate:up
-- AlterTable
ALTER TABLE "PreparedFile" ADD COLUMN     "activeKey" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "PreparedFile_activeKey_key" ON "PreparedFile"("activeKey");

-- migrate:down
-- DropIndex
DROP INDEX "PreparedFile_activeKey_key";

-- AlterTable
ALTER TABLE "PreparedFile" DROP COLUMN "activeKey";
