-- migrate:up
-- CreateTable
CREATE TABLE "ScoreDraft" (
    "id" TEXT NOT NULL,
    "assessmentId" TEXT NOT NULL,
    "responseId" TEXT NOT NULL,
    "evaluatorId" TEXT NOT NULL,
    "values" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ScoreDraft_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ScoreDraft_assessmentId_idx" ON "ScoreDraft"("assessmentId");

-- CreateIndex
CREATE UNIQUE INDEX "ScoreDraft_responseId_evaluatorId_key" ON "ScoreDraft"("responseId", "evaluatorId");

-- AddForeignKey
ALTER TABLE "ScoreDraft" ADD CONSTRAINT "ScoreDraft_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- migrate:down
-- DropForeignKey
ALTER TABLE "ScoreDraft" DROP CONSTRAINT "ScoreDraft_assessmentId_fkey";

-- DropTable
DROP TABLE "ScoreDraft";
