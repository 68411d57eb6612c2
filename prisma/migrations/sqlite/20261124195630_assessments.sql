-- migrate:up
-- CreateTable
CREATE TABLE "Assessment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organisationId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "nation" TEXT NOT NULL,
    "annualContractValue" INTEGER NOT NULL,
    "carbonReductionPlanRequired" BOOLEAN NOT NULL,
    "responseDeadline" DATETIME NOT NULL,
    "scale" TEXT NOT NULL,
    "divergenceThreshold" INTEGER NOT NULL,
    "frameworkId" TEXT NOT NULL,
    "frameworkVersion" TEXT NOT NULL,
    "frameworkLevel" TEXT NOT NULL,
    "languages" TEXT NOT NULL,
    "minimumSustainabilityShare" INTEGER,
    "minimumSocialValueShare" INTEGER,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "publishedAt" DATETIME,
    "isTemplate" BOOLEAN NOT NULL DEFAULT false,
    "copiedFromId" TEXT,
    "copiedFromLabel" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "AssessmentCriterion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "assessmentId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "frameworkCriterionId" TEXT,
    "rule" TEXT NOT NULL,
    "category" TEXT NOT NULL DEFAULT 'sustainability',
    "titleEn" TEXT NOT NULL,
    "titleCy" TEXT NOT NULL DEFAULT '',
    "questionEn" TEXT NOT NULL,
    "questionCy" TEXT NOT NULL DEFAULT '',
    "guidanceEn" TEXT NOT NULL DEFAULT '',
    "guidanceCy" TEXT NOT NULL DEFAULT '',
    "evidenceEn" TEXT NOT NULL DEFAULT '',
    "evidenceCy" TEXT NOT NULL DEFAULT '',
    "descriptors" TEXT,
    "weight" INTEGER NOT NULL,
    "minimumScore" INTEGER,
    CONSTRAINT "AssessmentCriterion_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AssessmentGate" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "assessmentId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "questionEn" TEXT NOT NULL,
    "questionCy" TEXT NOT NULL DEFAULT '',
    CONSTRAINT "AssessmentGate_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AssessmentSpecialist" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "assessmentId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "addedById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" DATETIME,
    CONSTRAINT "AssessmentSpecialist_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AssessmentComment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "assessmentId" TEXT NOT NULL,
    "criterionId" TEXT,
    "authorId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolvedAt" DATETIME,
    "resolvedById" TEXT,
    "resolution" TEXT,
    CONSTRAINT "AssessmentComment_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SupplierInvitation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "assessmentId" TEXT NOT NULL,
    "supplierOrganisationId" TEXT,
    "email" TEXT,
    "tokenHash" TEXT,
    "invitedById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "withdrawnAt" DATETIME,
    "acceptedAt" DATETIME,
    CONSTRAINT "SupplierInvitation_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Response" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "assessmentId" TEXT NOT NULL,
    "supplierOrganisationId" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'in-progress',
    "evidence" TEXT NOT NULL DEFAULT '{}',
    "startedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "submittedAt" DATETIME,
    "reference" TEXT,
    "receiptHash" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT "Response_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ResponseAnswer" (
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

-- CreateTable
CREATE TABLE "EvaluatorScore" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "assessmentId" TEXT NOT NULL,
    "responseId" TEXT NOT NULL,
    "criterionId" TEXT NOT NULL,
    "evaluatorId" TEXT NOT NULL,
    "score" INTEGER NOT NULL,
    "justification" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "EvaluatorScore_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ModeratedScore" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "assessmentId" TEXT NOT NULL,
    "responseId" TEXT NOT NULL,
    "criterionId" TEXT NOT NULL,
    "score" INTEGER NOT NULL,
    "rationale" TEXT NOT NULL,
    "moderatorId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ModeratedScore_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "Assessment_organisationId_status_idx" ON "Assessment"("organisationId", "status");

-- CreateIndex
CREATE INDEX "Assessment_isTemplate_idx" ON "Assessment"("isTemplate");

-- CreateIndex
CREATE INDEX "AssessmentCriterion_assessmentId_position_idx" ON "AssessmentCriterion"("assessmentId", "position");

-- CreateIndex
CREATE INDEX "AssessmentGate_assessmentId_idx" ON "AssessmentGate"("assessmentId");

-- CreateIndex
CREATE INDEX "AssessmentSpecialist_userId_idx" ON "AssessmentSpecialist"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "AssessmentSpecialist_assessmentId_userId_key" ON "AssessmentSpecialist"("assessmentId", "userId");

-- CreateIndex
CREATE INDEX "AssessmentComment_assessmentId_idx" ON "AssessmentComment"("assessmentId");

-- CreateIndex
CREATE UNIQUE INDEX "SupplierInvitation_tokenHash_key" ON "SupplierInvitation"("tokenHash");

-- CreateIndex
CREATE INDEX "SupplierInvitation_assessmentId_idx" ON "SupplierInvitation"("assessmentId");

-- CreateIndex
CREATE INDEX "SupplierInvitation_supplierOrganisationId_idx" ON "SupplierInvitation"("supplierOrganisationId");

-- CreateIndex
CREATE UNIQUE INDEX "Response_assessmentId_supplierOrganisationId_key" ON "Response"("assessmentId", "supplierOrganisationId");

-- CreateIndex
CREATE UNIQUE INDEX "ResponseAnswer_responseId_criterionId_key" ON "ResponseAnswer"("responseId", "criterionId");

-- CreateIndex
CREATE INDEX "EvaluatorScore_assessmentId_idx" ON "EvaluatorScore"("assessmentId");

-- CreateIndex
CREATE UNIQUE INDEX "EvaluatorScore_responseId_criterionId_evaluatorId_key" ON "EvaluatorScore"("responseId", "criterionId", "evaluatorId");

-- CreateIndex
CREATE INDEX "ModeratedScore_assessmentId_idx" ON "ModeratedScore"("assessmentId");

-- CreateIndex
CREATE UNIQUE INDEX "ModeratedScore_responseId_criterionId_key" ON "ModeratedScore"("responseId", "criterionId");

-- migrate:down
-- DropTable
PRAGMA foreign_keys=off;
DROP TABLE "Assessment";
PRAGMA foreign_keys=on;

-- DropTable
PRAGMA foreign_keys=off;
DROP TABLE "AssessmentCriterion";
PRAGMA foreign_keys=on;

-- DropTable
PRAGMA foreign_keys=off;
DROP TABLE "AssessmentGate";
PRAGMA foreign_keys=on;

-- DropTable
PRAGMA foreign_keys=off;
DROP TABLE "AssessmentSpecialist";
PRAGMA foreign_keys=on;

-- DropTable
PRAGMA foreign_keys=off;
DROP TABLE "AssessmentComment";
PRAGMA foreign_keys=on;

-- DropTable
PRAGMA foreign_keys=off;
DROP TABLE "SupplierInvitation";
PRAGMA foreign_keys=on;

-- DropTable
PRAGMA foreign_keys=off;
DROP TABLE "Response";
PRAGMA foreign_keys=on;

-- DropTable
PRAGMA foreign_keys=off;
DROP TABLE "ResponseAnswer";
PRAGMA foreign_keys=on;

-- DropTable
PRAGMA foreign_keys=off;
DROP TABLE "EvaluatorScore";
PRAGMA foreign_keys=on;

-- DropTable
PRAGMA foreign_keys=off;
DROP TABLE "ModeratedScore";
PRAGMA foreign_keys=on;
