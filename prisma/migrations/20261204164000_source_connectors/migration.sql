-- CreateEnum
CREATE TYPE "SourceConnector" AS ENUM ('SALESFORCE', 'SAP');

-- CreateEnum
CREATE TYPE "SourceSyncKind" AS ENUM ('INITIAL', 'INCREMENTAL', 'CHANGES', 'REREAD');

-- CreateEnum
CREATE TYPE "SourceSyncStatus" AS ENUM ('RUNNING', 'DONE', 'FAILED');

-- AlterTable
ALTER TABLE "Source" ADD COLUMN     "connector" "SourceConnector",
ADD COLUMN     "connectorConfig" JSONB,
ADD COLUMN     "credentials" BYTEA,
ADD COLUMN     "lastError" TEXT,
ADD COLUMN     "lastErrorAt" TIMESTAMP(3),
ADD COLUMN     "lastSuccessAt" TIMESTAMP(3),
ADD COLUMN     "pausedAt" TIMESTAMP(3),
ADD COLUMN     "pausedReason" TEXT,
ADD COLUMN     "replayIds" JSONB,
ADD COLUMN     "resumeAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "SourceSyncRun" (
    "id" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "kind" "SourceSyncKind" NOT NULL,
    "status" "SourceSyncStatus" NOT NULL DEFAULT 'RUNNING',
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),
    "fetched" INTEGER NOT NULL DEFAULT 0,
    "accepted" INTEGER NOT NULL DEFAULT 0,
    "rejected" INTEGER NOT NULL DEFAULT 0,
    "error" TEXT,

    CONSTRAINT "SourceSyncRun_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SourceSyncRun_sourceId_startedAt_idx" ON "SourceSyncRun"("sourceId", "startedAt");

-- AddForeignKey
ALTER TABLE "SourceSyncRun" ADD CONSTRAINT "SourceSyncRun_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
