-- migrate:up
-- CreateTable
CREATE TABLE "SecurityEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "email" TEXT,
    "userId" TEXT,
    "address" TEXT,
    "details" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "SignInThrottleKey" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "lastAttemptAt" DATETIME NOT NULL
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_AuditEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "chainId" TEXT NOT NULL,
    "sequence" INTEGER NOT NULL,
    "organisationId" TEXT,
    "actorOrganisationId" TEXT,
    "actorUserId" TEXT,
    "action" TEXT NOT NULL,
    "subjectType" TEXT NOT NULL,
    "subjectId" TEXT,
    "summary" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,
    "previousHash" TEXT NOT NULL,
    "hash" TEXT NOT NULL
);
-- Data: events written before chains were split stay, unchanged and verifiable, in the closed chain "legacy"
-- (their hashes were computed without a chain id, so they cannot be moved into their organisations' chains).
INSERT INTO "new_AuditEvent" ("chainId", "action", "actorUserId", "createdAt", "hash", "id", "organisationId", "previousHash", "sequence", "subjectId", "subjectType", "summary") SELECT 'legacy', "action", "actorUserId", "createdAt", "hash", "id", "organisationId", "previousHash", "sequence", "subjectId", "subjectType", "summary" FROM "AuditEvent";
DROP TABLE "AuditEvent";
ALTER TABLE "new_AuditEvent" RENAME TO "AuditEvent";
CREATE INDEX "AuditEvent_organisationId_createdAt_idx" ON "AuditEvent"("organisationId", "createdAt");
CREATE UNIQUE INDEX "AuditEvent_chainId_sequence_key" ON "AuditEvent"("chainId", "sequence");
CREATE TABLE "new_AuditChainHead" (
    "chainId" TEXT NOT NULL PRIMARY KEY,
    "sequence" INTEGER NOT NULL,
    "hash" TEXT NOT NULL
);
INSERT INTO "new_AuditChainHead" ("chainId", "hash", "sequence") SELECT 'legacy', "hash", "sequence" FROM "AuditChainHead";
DROP TABLE "AuditChainHead";
ALTER TABLE "new_AuditChainHead" RENAME TO "AuditChainHead";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "SecurityEvent_kind_createdAt_idx" ON "SecurityEvent"("kind", "createdAt");

-- CreateIndex
CREATE INDEX "SecurityEvent_email_createdAt_idx" ON "SecurityEvent"("email", "createdAt");

-- migrate:down
-- DropIndex
DROP INDEX "SecurityEvent_kind_createdAt_idx";

-- DropIndex
DROP INDEX "SecurityEvent_email_createdAt_idx";

-- DropTable
PRAGMA foreign_keys=off;
DROP TABLE "SecurityEvent";
PRAGMA foreign_keys=on;

-- DropTable
PRAGMA foreign_keys=off;
DROP TABLE "SignInThrottleKey";
PRAGMA foreign_keys=on;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_AuditEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sequence" INTEGER NOT NULL,
    "organisationId" TEXT,
    "actorUserId" TEXT,
    "action" TEXT NOT NULL,
    "subjectType" TEXT NOT NULL,
    "subjectId" TEXT,
    "summary" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,
    "previousHash" TEXT NOT NULL,
    "hash" TEXT NOT NULL
);
-- Data: only the legacy chain fits the single-chain table; later chains are lost on the way down.
INSERT INTO "new_AuditEvent" ("action", "actorUserId", "createdAt", "hash", "id", "organisationId", "previousHash", "sequence", "subjectId", "subjectType", "summary") SELECT "action", "actorUserId", "createdAt", "hash", "id", "organisationId", "previousHash", "sequence", "subjectId", "subjectType", "summary" FROM "AuditEvent" WHERE "chainId" = 'legacy';
DROP TABLE "AuditEvent";
ALTER TABLE "new_AuditEvent" RENAME TO "AuditEvent";
CREATE UNIQUE INDEX "AuditEvent_sequence_key" ON "AuditEvent"("sequence");
CREATE INDEX "AuditEvent_organisationId_createdAt_idx" ON "AuditEvent"("organisationId", "createdAt");
CREATE TABLE "new_AuditChainHead" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "sequence" INTEGER NOT NULL,
    "hash" TEXT NOT NULL
);
INSERT INTO "new_AuditChainHead" ("id", "hash", "sequence") SELECT 1, "hash", "sequence" FROM "AuditChainHead" WHERE "chainId" = 'legacy';
DROP TABLE "AuditChainHead";
ALTER TABLE "new_AuditChainHead" RENAME TO "AuditChainHead";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
