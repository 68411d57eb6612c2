-- migrate:up
-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN "identifierId" TEXT;
ALTER TABLE "Organisation" ADD COLUMN "identifierScheme" TEXT;

-- AlterTable
ALTER TABLE "AssessmentCriterion" ADD COLUMN "welshSources" TEXT;

-- CreateTable
CREATE TABLE "OcdsRelease" (
    "assessmentId" TEXT NOT NULL PRIMARY KEY,
    "contentHash" TEXT NOT NULL,
    "contentChangedAt" DATETIME NOT NULL
);

-- AlterTable (columns added in place rather than by redefining the table, which would drop columns other
-- migrations add to it)
ALTER TABLE "Assessment" ADD COLUMN "titleCy" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Assessment" ADD COLUMN "descriptionCy" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Assessment" ADD COLUMN "welshSources" TEXT;
ALTER TABLE "Assessment" ADD COLUMN "awardShare" INTEGER;
ALTER TABLE "Assessment" ADD COLUMN "procurementCategory" TEXT NOT NULL DEFAULT 'services';

-- migrate:down
PRAGMA foreign_keys=off;
DROP TABLE "OcdsRelease";
PRAGMA foreign_keys=on;
ALTER TABLE "Assessment" DROP COLUMN "procurementCategory";
ALTER TABLE "Assessment" DROP COLUMN "awardShare";
ALTER TABLE "Assessment" DROP COLUMN "welshSources";
ALTER TABLE "Assessment" DROP COLUMN "descriptionCy";
ALTER TABLE "Assessment" DROP COLUMN "titleCy";
ALTER TABLE "AssessmentCriterion" DROP COLUMN "welshSources";
ALTER TABLE "Organisation" DROP COLUMN "identifierScheme";
ALTER TABLE "Organisation" DROP COLUMN "identifierId";
