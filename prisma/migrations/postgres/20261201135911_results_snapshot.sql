-- migrate:up
-- CreateTable
CREATE TABLE "ResultsSnapshot" (
    "assessmentId" TEXT NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "computedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ResultsSnapshot_pkey" PRIMARY KEY ("assessmentId")
);

-- AddForeignKey
ALTER TABLE "ResultsSnapshot" ADD CONSTRAINT "ResultsSnapshot_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- migrate:down
-- DropForeignKey
ALTER TABLE "ResultsSnapshot" DROP CONSTRAINT "ResultsSnapshot_assessmentId_fkey";

-- DropTable
DROP TABLE "ResultsSnapshot";
