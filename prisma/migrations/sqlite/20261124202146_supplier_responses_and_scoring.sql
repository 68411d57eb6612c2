-- migrate:up
-- CreateTable
CREATE TABLE "EvidenceProfile" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organisationId" TEXT NOT NULL,
    "evidence" TEXT NOT NULL DEFAULT '{}',
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedById" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "ResponseFile" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "responseId" TEXT NOT NULL,
    "criterionId" TEXT,
    "fileName" TEXT NOT NULL,
    "mediaType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "uploadedById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "ConflictDeclaration" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "assessmentId" TEXT NOT NULL,
    "evaluatorId" TEXT NOT NULL,
    "supplierOrganisationId" TEXT NOT NULL,
    "hasConflict" BOOLEAN NOT NULL,
    "details" TEXT NOT NULL DEFAULT '',
    "decision" TEXT,
    "decidedById" TEXT,
    "decidedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "ClarificationQuestion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "assessmentId" TEXT NOT NULL,
    "askedByOrganisationId" TEXT NOT NULL,
    "question" TEXT NOT NULL,
    "answer" TEXT,
    "answeredById" TEXT,
    "answeredAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE UNIQUE INDEX "EvidenceProfile_organisationId_key" ON "EvidenceProfile"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "ResponseFile_storageKey_key" ON "ResponseFile"("storageKey");

-- CreateIndex
CREATE INDEX "ResponseFile_responseId_idx" ON "ResponseFile"("responseId");

-- CreateIndex
CREATE UNIQUE INDEX "ConflictDeclaration_assessmentId_evaluatorId_supplierOrganisationId_key" ON "ConflictDeclaration"("assessmentId", "evaluatorId", "supplierOrganisationId");

-- CreateIndex
CREATE INDEX "ClarificationQuestion_assessmentId_idx" ON "ClarificationQuestion"("assessmentId");

-- migrate:down
-- DropTable
PRAGMA foreign_keys=off;
DROP TABLE "EvidenceProfile";
PRAGMA foreign_keys=on;

-- DropTable
PRAGMA foreign_keys=off;
DROP TABLE "ResponseFile";
PRAGMA foreign_keys=on;

-- DropTable
PRAGMA foreign_keys=off;
DROP TABLE "ConflictDeclaration";
PRAGMA foreign_keys=on;

-- DropTable
PRAGMA foreign_keys=off;
DROP TABLE "ClarificationQuestion";
PRAGMA foreign_keys=on;
