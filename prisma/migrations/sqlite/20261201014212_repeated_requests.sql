-- migrate:up
-- CreateTable
CREATE TABLE "RepeatedRequest" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "destination" TEXT,
    "createdAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "RepeatedRequest_createdAt_idx" ON "RepeatedRequest"("createdAt");

-- migrate:down
-- DropTable
PRAGMA foreign_keys=off;
DROP TABLE "RepeatedRequest";
PRAGMA foreign_keys=on;
