-- migrate:up
-- CreateTable
CREATE TABLE "EvidenceProfile" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "evidence" TEXT NOT NULL DEFAULT '{}',
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedById" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EvidenceProfile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ResponseFile" (
    "id" TEXT NOT NULL,
    "responseId" TEXT NOT NULL,
    "criterionId" TEXT,
    "fileName" TEXT NOT NULL,
    "mediaType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "uploadedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ResponseFile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConflictDeclaration" (
    "id" TEXT NOT NULL,
    "assessmentId" TEXT NOT NULL,
    "evaluatorId" TEXT NOT NULL,
    "supplierOrganisationId" TEXT NOT NULL,
    "hasConflict" BOOLEAN NOT NULL,
    "details" TEXT NOT NULL DEFAULT '',
    "decision" TEXT,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConflictDeclaration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClarificationQuestion" (
    "id" TEXT NOT NULL,
    "assessmentId" TEXT NOT NULL,
    "askedByOrganisationId" TEXT NOT NULL,
    "question" TEXT NOT NULL,
    "answer" TEXT,
    "answeredById" TEXT,
    "answeredAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClarificationQuestion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "EvidenceProfile_organisationId_key" ON "EvidenceProfile"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "ResponseFile_storageKey_key" ON "ResponseFile"("storageKey");

-- CreateIndex
CREATE INDEX "ResponseFile_responseId_idx" ON "ResponseFile"("responseId");

-- CreateIndex
CREATE UNIQUE INDEX "ConflictDeclaration_assessmentId_evaluatorId_supplierOrgani_key" ON "ConflictDeclaration"("assessmentId", "evaluatorId", "supplierOrganisationId");

-- CreateIndex
CREATE INDEX "ClarificationQuestion_assessmentId_idx" ON "ClarificationQuestion"("assessmentId");

-- migrate:down
-- DropTable
DROP TABLE "EvidenceProfile";

-- DropTable
DROP TABLE "ResponseFile";

-- DropTable
DROP TABLE "ConflictDeclaration";

-- DropTable
DROP TABLE "ClarificationQuestion";
