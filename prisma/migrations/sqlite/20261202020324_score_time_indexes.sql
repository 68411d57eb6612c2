-- migrate:up
-- DropIndex
DROP INDEX "EvaluatorScore_assessmentId_idx";

-- DropIndex
DROP INDEX "ModeratedScore_assessmentId_idx";

-- CreateIndex
CREATE INDEX "EvaluatorScore_assessmentId_createdAt_idx" ON "EvaluatorScore"("assessmentId", "createdAt");

-- CreateIndex
CREATE INDEX "ModeratedScore_assessmentId_createdAt_idx" ON "ModeratedScore"("assessmentId", "createdAt");

-- migrate:down
-- DropIndex
DROP INDEX "EvaluatorScore_assessmentId_createdAt_idx";

-- DropIndex
DROP INDEX "ModeratedScore_assessmentId_createdAt_idx";

-- CreateIndex
CREATE INDEX "EvaluatorScore_assessmentId_idx" ON "EvaluatorScore"("assessmentId");

-- CreateIndex
CREATE INDEX "ModeratedScore_assessmentId_idx" ON "ModeratedScore"("assessmentId");
