-- migrate:up
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
    "outcome" TEXT,
    "awardedSupplierOrganisationId" TEXT,
    "outcomeDecidedOn" DATETIME,
    "outcomeRecordedAt" DATETIME,
    "archivedAt" DATETIME,
    "isTemplate" BOOLEAN NOT NULL DEFAULT false,
    "copiedFromId" TEXT,
    "copiedFromLabel" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "titleCy" TEXT NOT NULL DEFAULT '',
    "descriptionCy" TEXT NOT NULL DEFAULT '',
    "welshSources" TEXT,
    "awardShare" INTEGER,
    "procurementCategory" TEXT NOT NULL DEFAULT 'services',
    "openData" BOOLEAN NOT NULL DEFAULT false,
    "openDataSince" DATETIME
);
INSERT INTO "new_Assessment" ("annualContractValue", "archivedAt", "awardShare", "awardedSupplierOrganisationId", "carbonReductionPlanRequired", "copiedFromId", "copiedFromLabel", "createdAt", "createdById", "description", "descriptionCy", "divergenceThreshold", "frameworkId", "frameworkLevel", "frameworkVersion", "id", "isTemplate", "languages", "minimumSocialValueShare", "minimumSustainabilityShare", "nation", "organisationId", "outcome", "outcomeDecidedOn", "outcomeRecordedAt", "procurementCategory", "publishedAt", "reference", "responseDeadline", "scale", "status", "summariesReleasedAt", "title", "titleCy", "updatedAt", "version", "welshSources") SELECT "annualContractValue", "archivedAt", "awardShare", "awardedSupplierOrganisationId", "carbonReductionPlanRequired", "copiedFromId", "copiedFromLabel", "createdAt", "createdById", "description", "descriptionCy", "divergenceThreshold", "frameworkId", "frameworkLevel", "frameworkVersion", "id", "isTemplate", "languages", "minimumSocialValueShare", "minimumSustainabilityShare", "nation", "organisationId", "outcome", "outcomeDecidedOn", "outcomeRecordedAt", "procurementCategory", "publishedAt", "reference", "responseDeadline", "scale", "status", "summariesReleasedAt", "title", "titleCy", "updatedAt", "version", "welshSources" FROM "Assessment";
DROP TABLE "Assessment";
ALTER TABLE "new_Assessment" RENAME TO "Assessment";
CREATE INDEX "Assessment_organisationId_status_idx" ON "Assessment"("organisationId", "status");
CREATE INDEX "Assessment_isTemplate_idx" ON "Assessment"("isTemplate");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

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
    "outcome" TEXT,
    "awardedSupplierOrganisationId" TEXT,
    "outcomeDecidedOn" DATETIME,
    "outcomeRecordedAt" DATETIME,
    "archivedAt" DATETIME,
    "isTemplate" BOOLEAN NOT NULL DEFAULT false,
    "copiedFromId" TEXT,
    "copiedFromLabel" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "titleCy" TEXT NOT NULL DEFAULT '',
    "descriptionCy" TEXT NOT NULL DEFAULT '',
    "welshSources" TEXT,
    "awardShare" INTEGER,
    "procurementCategory" TEXT NOT NULL DEFAULT 'services'
);
INSERT INTO "new_Assessment" ("annualContractValue", "archivedAt", "awardShare", "awardedSupplierOrganisationId", "carbonReductionPlanRequired", "copiedFromId", "copiedFromLabel", "createdAt", "createdById", "description", "descriptionCy", "divergenceThreshold", "frameworkId", "frameworkLevel", "frameworkVersion", "id", "isTemplate", "languages", "minimumSocialValueShare", "minimumSustainabilityShare", "nation", "organisationId", "outcome", "outcomeDecidedOn", "outcomeRecordedAt", "procurementCategory", "publishedAt", "reference", "responseDeadline", "scale", "status", "summariesReleasedAt", "title", "titleCy", "updatedAt", "version", "welshSources") SELECT "annualContractValue", "archivedAt", "awardShare", "awardedSupplierOrganisationId", "carbonReductionPlanRequired", "copiedFromId", "copiedFromLabel", "createdAt", "createdById", "description", "descriptionCy", "divergenceThreshold", "frameworkId", "frameworkLevel", "frameworkVersion", "id", "isTemplate", "languages", "minimumSocialValueShare", "minimumSustainabilityShare", "nation", "organisationId", "outcome", "outcomeDecidedOn", "outcomeRecordedAt", "procurementCategory", "publishedAt", "reference", "responseDeadline", "scale", "status", "summariesReleasedAt", "title", "titleCy", "updatedAt", "version", "welshSources" FROM "Assessment";
DROP TABLE "Assessment";
ALTER TABLE "new_Assessment" RENAME TO "Assessment";
CREATE INDEX "Assessment_organisationId_status_idx" ON "Assessment"("organisationId", "status");
CREATE INDEX "Assessment_isTemplate_idx" ON "Assessment"("isTemplate");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
