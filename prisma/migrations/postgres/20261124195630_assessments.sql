-- migrate:up
-- CreateTable
CREATE TABLE "Assessment" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "nation" TEXT NOT NULL,
    "annualContractValue" INTEGER NOT NULL,
    "carbonReductionPlanRequired" BOOLEAN NOT NULL,
    "responseDeadline" TIMESTAMP(3) NOT NULL,
    "scale" TEXT NOT NULL,
    "divergenceThreshold" INTEGER NOT NULL,
    "frameworkId" TEXT NOT NULL,
    "frameworkVersion" TEXT NOT NULL,
    "frameworkLevel" TEXT NOT NULL,
    "languages" TEXT NOT NULL,
    "minimumSustainabilityShare" INTEGER,
    "minimumSocialValueShare" INTEGER,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "publishedAt" TIMESTAMP(3),
    "isTemplate" BOOLEAN NOT NULL DEFAULT false,
    "copiedFromId" TEXT,
    "copiedFromLabel" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Assessment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AssessmentCriterion" (
    "id" TEXT NOT NULL,
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

    CONSTRAINT "AssessmentCriterion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AssessmentGate" (
    "id" TEXT NOT NULL,
    "assessmentId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "questionEn" TEXT NOT NULL,
    "questionCy" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "AssessmentGate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AssessmentSpecialist" (
    "id" TEXT NOT NULL,
    "assessmentId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "addedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "AssessmentSpecialist_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AssessmentComment" (
    "id" TEXT NOT NULL,
    "assessmentId" TEXT NOT NULL,
    "criterionId" TEXT,
    "authorId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolvedAt" TIMESTAMP(3),
    "resolvedById" TEXT,
    "resolution" TEXT,

    CONSTRAINT "AssessmentComment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SupplierInvitation" (
    "id" TEXT NOT NULL,
    "assessmentId" TEXT NOT NULL,
    "supplierOrganisationId" TEXT,
    "email" TEXT,
    "tokenHash" TEXT,
    "invitedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "withdrawnAt" TIMESTAMP(3),
    "acceptedAt" TIMESTAMP(3),

    CONSTRAINT "SupplierInvitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Response" (
    "id" TEXT NOT NULL,
    "assessmentId" TEXT NOT NULL,
    "supplierOrganisationId" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'in-progress',
    "evidence" TEXT NOT NULL DEFAULT '{}',
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "submittedAt" TIMESTAMP(3),
    "reference" TEXT,
    "receiptHash" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Response_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ResponseAnswer" (
    "id" TEXT NOT NULL,
    "responseId" TEXT NOT NULL,
    "criterionId" TEXT NOT NULL,
    "answer" TEXT NOT NULL DEFAULT '',
    "language" TEXT NOT NULL DEFAULT 'en',
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedById" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ResponseAnswer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvaluatorScore" (
    "id" TEXT NOT NULL,
    "assessmentId" TEXT NOT NULL,
    "responseId" TEXT NOT NULL,
    "criterionId" TEXT NOT NULL,
    "evaluatorId" TEXT NOT NULL,
    "score" INTEGER NOT NULL,
    "justification" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EvaluatorScore_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ModeratedScore" (
    "id" TEXT NOT NULL,
    "assessmentId" TEXT NOT NULL,
    "responseId" TEXT NOT NULL,
    "criterionId" TEXT NOT NULL,
    "score" INTEGER NOT NULL,
    "rationale" TEXT NOT NULL,
    "moderatorId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ModeratedScore_pkey" PRIMARY KEY ("id")
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

-- AddForeignKey
ALTER TABLE "AssessmentCriterion" ADD CONSTRAINT "AssessmentCriterion_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentGate" ADD CONSTRAINT "AssessmentGate_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentSpecialist" ADD CONSTRAINT "AssessmentSpecialist_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentComment" ADD CONSTRAINT "AssessmentComment_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupplierInvitation" ADD CONSTRAINT "SupplierInvitation_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Response" ADD CONSTRAINT "Response_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResponseAnswer" ADD CONSTRAINT "ResponseAnswer_responseId_fkey" FOREIGN KEY ("responseId") REFERENCES "Response"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluatorScore" ADD CONSTRAINT "EvaluatorScore_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModeratedScore" ADD CONSTRAINT "ModeratedScore_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- migrate:down
-- DropForeignKey
ALTER TABLE "AssessmentCriterion" DROP CONSTRAINT "AssessmentCriterion_assessmentId_fkey";

-- DropForeignKey
ALTER TABLE "AssessmentGate" DROP CONSTRAINT "AssessmentGate_assessmentId_fkey";

-- DropForeignKey
ALTER TABLE "AssessmentSpecialist" DROP CONSTRAINT "AssessmentSpecialist_assessmentId_fkey";

-- DropForeignKey
ALTER TABLE "AssessmentComment" DROP CONSTRAINT "AssessmentComment_assessmentId_fkey";

-- DropForeignKey
ALTER TABLE "SupplierInvitation" DROP CONSTRAINT "SupplierInvitation_assessmentId_fkey";

-- DropForeignKey
ALTER TABLE "Response" DROP CONSTRAINT "Response_assessmentId_fkey";

-- DropForeignKey
ALTER TABLE "ResponseAnswer" DROP CONSTRAINT "ResponseAnswer_responseId_fkey";

-- DropForeignKey
ALTER TABLE "EvaluatorScore" DROP CONSTRAINT "EvaluatorScore_assessmentId_fkey";

-- DropForeignKey
ALTER TABLE "ModeratedScore" DROP CONSTRAINT "ModeratedScore_assessmentId_fkey";

-- DropTable
DROP TABLE "Assessment";

-- DropTable
DROP TABLE "AssessmentCriterion";

-- DropTable
DROP TABLE "AssessmentGate";

-- DropTable
DROP TABLE "AssessmentSpecialist";

-- DropTable
DROP TABLE "AssessmentComment";

-- DropTable
DROP TABLE "SupplierInvitation";

-- DropTable
DROP TABLE "Response";

-- DropTable
DROP TABLE "ResponseAnswer";

-- DropTable
DROP TABLE "EvaluatorScore";

-- DropTable
DROP TABLE "ModeratedScore";
