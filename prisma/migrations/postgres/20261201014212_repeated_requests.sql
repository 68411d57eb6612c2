-- migrate:up
-- CreateTable
CREATE TABLE "RepeatedRequest" (
    "key" TEXT NOT NULL,
    "destination" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RepeatedRequest_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "RepeatedRequest_createdAt_idx" ON "RepeatedRequest"("createdAt");

-- migrate:down
-- DropTable
DROP TABLE "RepeatedRequest";
