-- migrate:up
-- CreateTable
CREATE TABLE "ResultsSnapshot" (
    "assessmentId" TEXT NOT NULL PRIMARY KEY,
    "fingerprint" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "computedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ResultsSnapshot_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- migrate:down
-- DropTable
PRAGMA foreign_keys=off;
DROP TABLE "ResultsSnapshot";
PRAGMA foreign_keys=on;
