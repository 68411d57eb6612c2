-- migrate:up
-- AlterTable
ALTER TABLE "Assessment" ADD COLUMN "summariesReleasedAt" DATETIME;

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
    "isTemplate" BOOLEAN NOT NULL DEFAULT false,
    "copiedFromId" TEXT,
    "copiedFromLabel" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Assessment" ("annualContractValue", "carbonReductionPlanRequired", "copiedFromId", "copiedFromLabel", "createdAt", "createdById", "description", "divergenceThreshold", "frameworkId", "frameworkLevel", "frameworkVersion", "id", "isTemplate", "languages", "minimumSocialValueShare", "minimumSustainabilityShare", "nation", "organisationId", "publishedAt", "reference", "responseDeadline", "scale", "status", "title", "updatedAt", "version") SELECT "annualContractValue", "carbonReductionPlanRequired", "copiedFromId", "copiedFromLabel", "createdAt", "createdById", "description", "divergenceThreshold", "frameworkId", "frameworkLevel", "frameworkVersion", "id", "isTemplate", "languages", "minimumSocialValueShare", "minimumSustainabilityShare", "nation", "organisationId", "publishedAt", "reference", "responseDeadline", "scale", "status", "title", "updatedAt", "version" FROM "Assessment";
DROP TABLE "Assessment";
ALTER TABLE "new_Assessment" RENAME TO "Assessment";
CREATE INDEX "Assessment_organisationId_status_idx" ON "Assessment"("organisationId", "status");
CREATE INDEX "Assessment_isTemplate_idx" ON "Assessment"("isTemplate");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
