-- migrate:up
-- CreateTable
CREATE TABLE "ScoreDraft" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "assessmentId" TEXT NOT NULL,
    "responseId" TEXT NOT NULL,
    "evaluatorId" TEXT NOT NULL,
    "values" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ScoreDraft_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "ScoreDraft_assessmentId_idx" ON "ScoreDraft"("assessmentId");

-- CreateIndex
CREATE UNIQUE INDEX "ScoreDraft_responseId_evaluatorId_key" ON "ScoreDraft"("responseId", "evaluatorId");

-- migrate:down
-- DropTable
PRAGMA foreign_keys=off;
DROP TABLE "ScoreDraft";
PRAGMA foreign_keys=on;
