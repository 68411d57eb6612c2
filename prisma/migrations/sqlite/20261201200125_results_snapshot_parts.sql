-- migrate:up
-- AlterTable
ALTER TABLE "ResultsSnapshot" ADD COLUMN "evaluatorWords" TEXT;
ALTER TABLE "ResultsSnapshot" ADD COLUMN "scoring" TEXT;

-- migrate:down
-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_ResultsSnapshot" (
    "assessmentId" TEXT NOT NULL PRIMARY KEY,
    "fingerprint" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "computedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ResultsSnapshot_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_ResultsSnapshot" ("assessmentId", "computedAt", "content", "fingerprint") SELECT "assessmentId", "computedAt", "content", "fingerprint" FROM "ResultsSnapshot";
DROP TABLE "ResultsSnapshot";
ALTER TABLE "new_ResultsSnapshot" RENAME TO "ResultsSnapshot";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
