-- migrate:up
-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_ResponseAnswer" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "responseId" TEXT NOT NULL,
    "criterionId" TEXT NOT NULL,
    "answer" TEXT NOT NULL DEFAULT '',
    "language" TEXT NOT NULL DEFAULT 'en',
    "finished" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedById" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ResponseAnswer_responseId_fkey" FOREIGN KEY ("responseId") REFERENCES "Response" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_ResponseAnswer" ("answer", "criterionId", "id", "language", "responseId", "updatedAt", "updatedById", "version") SELECT "answer", "criterionId", "id", "language", "responseId", "updatedAt", "updatedById", "version" FROM "ResponseAnswer";
DROP TABLE "ResponseAnswer";
ALTER TABLE "new_ResponseAnswer" RENAME TO "ResponseAnswer";
CREATE UNIQUE INDEX "ResponseAnswer_responseId_criterionId_key" ON "ResponseAnswer"("responseId", "criterionId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- migrate:down
-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_ResponseAnswer" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "responseId" TEXT NOT NULL,
    "criterionId" TEXT NOT NULL,
    "answer" TEXT NOT NULL DEFAULT '',
    "language" TEXT NOT NULL DEFAULT 'en',
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedById" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ResponseAnswer_responseId_fkey" FOREIGN KEY ("responseId") REFERENCES "Response" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_ResponseAnswer" ("answer", "criterionId", "id", "language", "responseId", "updatedAt", "updatedById", "version") SELECT "answer", "criterionId", "id", "language", "responseId", "updatedAt", "updatedById", "version" FROM "ResponseAnswer";
DROP TABLE "ResponseAnswer";
ALTER TABLE "new_ResponseAnswer" RENAME TO "ResponseAnswer";
CREATE UNIQUE INDEX "ResponseAnswer_responseId_criterionId_key" ON "ResponseAnswer"("responseId", "criterionId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
