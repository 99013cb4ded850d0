-- CreateEnum
CREATE TYPE "MatchModelStatus" AS ENUM ('DRAFT', 'ACTIVE', 'RETIRED');

-- CreateTable
CREATE TABLE "MatchModel" (
    "id" TEXT NOT NULL,
    "version" SERIAL NOT NULL,
    "parameters" JSONB NOT NULL,
    "thresholds" JSONB NOT NULL,
    "quality" JSONB,
    "training" JSONB,
    "status" "MatchModelStatus" NOT NULL DEFAULT 'DRAFT',
    "note" TEXT,
    "createdBy" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "activatedBy" TEXT,
    "activatedAt" TIMESTAMP(3),

    CONSTRAINT "MatchModel_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "MatchModel_version_key" ON "MatchModel"("version");

-- CreateIndex
CREATE INDEX "MatchModel_status_idx" ON "MatchModel"("status");

