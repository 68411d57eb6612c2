-- migrate:up
-- AlterTable
ALTER TABLE "ResultsSnapshot" ADD COLUMN "suppliers" TEXT;

-- migrate:down
-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_ResultsSnapshot" (
    "assessmentId" TEXT NOT NULL PRIMARY KEY,
    "fingerprint" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "scoring" TEXT,
    "evaluatorWords" TEXT,
    "computedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ResultsSnapshot_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_ResultsSnapshot" ("assessmentId", "computedAt", "content", "evaluatorWords", "fingerprint", "scoring") SELECT "assessmentId", "computedAt", "content", "evaluatorWords", "fingerprint", "scoring" FROM "ResultsSnapshot";
DROP TABLE "ResultsSnapshot";
ALTER TABLE "new_ResultsSnapshot" RENAME TO "ResultsSnapshot";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
