-- migrate:up
-- AlterTable
ALTER TABLE "Assessment" ADD COLUMN "archivedAt" DATETIME;
ALTER TABLE "Assessment" ADD COLUMN "awardedSupplierOrganisationId" TEXT;
ALTER TABLE "Assessment" ADD COLUMN "outcome" TEXT;
ALTER TABLE "Assessment" ADD COLUMN "outcomeDecidedOn" DATETIME;
ALTER TABLE "Assessment" ADD COLUMN "outcomeRecordedAt" DATETIME;

-- AlterTable
ALTER TABLE "ClarificationQuestion" ADD COLUMN "publishedQuestion" TEXT;

-- migrate:down
-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Assessment" (
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
    "summariesReleasedAt" DATETIME,
    "isTemplate" BOOLEAN NOT NULL DEFAULT false,
    "copiedFromId" TEXT,
    "copiedFromLabel" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Assessment" ("annualContractValue", "carbonReductionPlanRequired", "copiedFromId", "copiedFromLabel", "createdAt", "createdById", "description", "divergenceThreshold", "frameworkId", "frameworkLevel", "frameworkVersion", "id", "isTemplate", "languages", "minimumSocialValueShare", "minimumSustainabilityShare", "nation", "organisationId", "publishedAt", "reference", "responseDeadline", "scale", "status", "summariesReleasedAt", "title", "updatedAt", "version") SELECT "annualContractValue", "carbonReductionPlanRequired", "copiedFromId", "copiedFromLabel", "createdAt", "createdById", "description", "divergenceThreshold", "frameworkId", "frameworkLevel", "frameworkVersion", "id", "isTemplate", "languages", "minimumSocialValueShare", "minimumSustainabilityShare", "nation", "organisationId", "publishedAt", "reference", "responseDeadline", "scale", "status", "summariesReleasedAt", "title", "updatedAt", "version" FROM "Assessment";
DROP TABLE "Assessment";
ALTER TABLE "new_Assessment" RENAME TO "Assessment";
CREATE INDEX "Assessment_organisationId_status_idx" ON "Assessment"("organisationId", "status");
CREATE INDEX "Assessment_isTemplate_idx" ON "Assessment"("isTemplate");
CREATE TABLE "new_ClarificationQuestion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "assessmentId" TEXT NOT NULL,
    "askedByOrganisationId" TEXT NOT NULL,
    "question" TEXT NOT NULL,
    "answer" TEXT,
    "answeredById" TEXT,
    "answeredAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO "new_ClarificationQuestion" ("answer", "answeredAt", "answeredById", "askedByOrganisationId", "assessmentId", "createdAt", "id", "question") SELECT "answer", "answeredAt", "answeredById", "askedByOrganisationId", "assessmentId", "createdAt", "id", "question" FROM "ClarificationQuestion";
DROP TABLE "ClarificationQuestion";
ALTER TABLE "new_ClarificationQuestion" RENAME TO "ClarificationQuestion";
CREATE INDEX "ClarificationQuestion_assessmentId_idx" ON "ClarificationQuestion"("assessmentId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
