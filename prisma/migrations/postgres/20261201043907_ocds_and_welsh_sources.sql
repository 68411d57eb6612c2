-- migrate:up
-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "identifierId" TEXT,
ADD COLUMN     "identifierScheme" TEXT;

-- AlterTable
ALTER TABLE "Assessment" ADD COLUMN     "awardShare" INTEGER,
ADD COLUMN     "descriptionCy" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "procurementCategory" TEXT NOT NULL DEFAULT 'services',
ADD COLUMN     "titleCy" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "welshSources" TEXT;

-- AlterTable
ALTER TABLE "AssessmentCriterion" ADD COLUMN     "welshSources" TEXT;

-- CreateTable
CREATE TABLE "OcdsRelease" (
    "assessmentId" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "contentChangedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OcdsRelease_pkey" PRIMARY KEY ("assessmentId")
);

-- migrate:down
-- AlterTable
ALTER TABLE "Organisation" DROP COLUMN "identifierId",
DROP COLUMN "identifierScheme";

-- AlterTable
ALTER TABLE "Assessment" DROP COLUMN "awardShare",
DROP COLUMN "descriptionCy",
DROP COLUMN "procurementCategory",
DROP COLUMN "titleCy",
DROP COLUMN "welshSources";

-- AlterTable
ALTER TABLE "AssessmentCriterion" DROP COLUMN "welshSources";

-- DropTable
DROP TABLE "OcdsRelease";
