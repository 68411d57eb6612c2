-- migrate:up
-- DropIndex
DROP INDEX "AuditEvent_sequence_key";

-- AlterTable
-- Data: events written before chains were split stay, unchanged and verifiable, in the closed chain "legacy"
-- (their hashes were computed without a chain id, so they cannot be moved into their organisations' chains).
ALTER TABLE "AuditEvent" ADD COLUMN     "actorOrganisationId" TEXT,
ADD COLUMN     "chainId" TEXT NOT NULL DEFAULT 'legacy';
ALTER TABLE "AuditEvent" ALTER COLUMN "chainId" DROP DEFAULT;

-- AlterTable
ALTER TABLE "AuditChainHead" DROP CONSTRAINT "AuditChainHead_pkey",
DROP COLUMN "id",
ADD COLUMN     "chainId" TEXT NOT NULL DEFAULT 'legacy',
ADD CONSTRAINT "AuditChainHead_pkey" PRIMARY KEY ("chainId");
ALTER TABLE "AuditChainHead" ALTER COLUMN "chainId" DROP DEFAULT;

-- CreateTable
CREATE TABLE "SecurityEvent" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "email" TEXT,
    "userId" TEXT,
    "address" TEXT,
    "details" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SecurityEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SignInThrottleKey" (
    "key" TEXT NOT NULL,
    "lastAttemptAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SignInThrottleKey_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "SecurityEvent_kind_createdAt_idx" ON "SecurityEvent"("kind", "createdAt");

-- CreateIndex
CREATE INDEX "SecurityEvent_email_createdAt_idx" ON "SecurityEvent"("email", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "AuditEvent_chainId_sequence_key" ON "AuditEvent"("chainId", "sequence");

-- migrate:down
-- Data: only the legacy chain fits the single-chain table; later chains are lost on the way down.
DELETE FROM "AuditEvent" WHERE "chainId" <> 'legacy';
DELETE FROM "AuditChainHead" WHERE "chainId" <> 'legacy';

-- DropIndex
DROP INDEX "AuditEvent_chainId_sequence_key";

-- AlterTable
ALTER TABLE "AuditEvent" DROP COLUMN "actorOrganisationId",
DROP COLUMN "chainId";

-- AlterTable
ALTER TABLE "AuditChainHead" DROP CONSTRAINT "AuditChainHead_pkey",
DROP COLUMN "chainId",
ADD COLUMN     "id" INTEGER NOT NULL DEFAULT 1,
ADD CONSTRAINT "AuditChainHead_pkey" PRIMARY KEY ("id");

-- DropTable
DROP TABLE "SecurityEvent";

-- DropTable
DROP TABLE "SignInThrottleKey";

-- CreateIndex
CREATE UNIQUE INDEX "AuditEvent_sequence_key" ON "AuditEvent"("sequence");
