-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'STEWARD', 'VIEWER');

-- CreateEnum
CREATE TYPE "SourceKind" AS ENUM ('CRM', 'ERP', 'CSV', 'API');

-- CreateEnum
CREATE TYPE "IngestBatchStatus" AS ENUM ('PENDING', 'PROCESSING', 'DONE', 'FAILED');

-- CreateEnum
CREATE TYPE "SourceRecordStatus" AS ENUM ('ACTIVE', 'DELETED');

-- CreateEnum
CREATE TYPE "GoldenRecordStatus" AS ENUM ('ACTIVE', 'MERGED');

-- CreateEnum
CREATE TYPE "SuspectStatus" AS ENUM ('OPEN', 'MERGED', 'NOT_DUPLICATE');

-- CreateEnum
CREATE TYPE "DeliveryStatus" AS ENUM ('PENDING', 'SUCCEEDED', 'FAILED');

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" "Role" NOT NULL DEFAULT 'VIEWER',
    "passwordHash" TEXT,
    "disabledAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApiToken" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "role" "Role" NOT NULL DEFAULT 'VIEWER',
    "sourceId" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "ApiToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Source" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "SourceKind" NOT NULL,
    "priority" INTEGER NOT NULL DEFAULT 50,
    "syncCursor" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IngestBatch" (
    "id" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "status" "IngestBatchStatus" NOT NULL DEFAULT 'PENDING',
    "records" JSONB NOT NULL,
    "total" INTEGER NOT NULL,
    "processed" INTEGER NOT NULL DEFAULT 0,
    "created" INTEGER NOT NULL DEFAULT 0,
    "linked" INTEGER NOT NULL DEFAULT 0,
    "suspects" INTEGER NOT NULL DEFAULT 0,
    "unchanged" INTEGER NOT NULL DEFAULT 0,
    "rejected" INTEGER NOT NULL DEFAULT 0,
    "error" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "IngestBatch_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RejectedRecord" (
    "id" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "batchId" TEXT,
    "externalId" TEXT,
    "payload" JSONB NOT NULL,
    "reasons" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RejectedRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SourceRecord" (
    "id" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "externalId" TEXT NOT NULL,
    "raw" JSONB NOT NULL,
    "standardized" JSONB NOT NULL,
    "matchName" TEXT,
    "email" TEXT,
    "phone" TEXT,
    "sourceUpdatedAt" TIMESTAMP(3) NOT NULL,
    "contentHash" TEXT NOT NULL,
    "status" "SourceRecordStatus" NOT NULL DEFAULT 'ACTIVE',
    "goldenRecordId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SourceRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GoldenRecord" (
    "id" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "attributes" JSONB NOT NULL,
    "lineage" JSONB NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "status" "GoldenRecordStatus" NOT NULL DEFAULT 'ACTIVE',
    "mergedIntoId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "GoldenRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GoldenRecordVersion" (
    "id" TEXT NOT NULL,
    "goldenRecordId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "attributes" JSONB NOT NULL,
    "lineage" JSONB NOT NULL,
    "status" "GoldenRecordStatus" NOT NULL,
    "reason" TEXT NOT NULL,
    "actor" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GoldenRecordVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DuplicateSuspect" (
    "id" TEXT NOT NULL,
    "leftId" TEXT NOT NULL,
    "rightId" TEXT NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,
    "explanation" JSONB NOT NULL,
    "status" "SuspectStatus" NOT NULL DEFAULT 'OPEN',
    "decidedBy" TEXT,
    "decidedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DuplicateSuspect_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChangeEvent" (
    "sequence" BIGSERIAL NOT NULL,
    "id" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "goldenRecordId" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "dispatchedAt" TIMESTAMP(3),

    CONSTRAINT "ChangeEvent_pkey" PRIMARY KEY ("sequence")
);

-- CreateTable
CREATE TABLE "Subscriber" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "secret" TEXT NOT NULL,
    "eventTypes" TEXT[],
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Subscriber_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Delivery" (
    "id" TEXT NOT NULL,
    "subscriberId" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "status" "DeliveryStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastStatusCode" INTEGER,
    "lastError" TEXT,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deliveredAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Delivery_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL,
    "actor" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "targetType" TEXT NOT NULL,
    "targetId" TEXT NOT NULL,
    "data" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "ApiToken_tokenHash_key" ON "ApiToken"("tokenHash");

-- CreateIndex
CREATE UNIQUE INDEX "Source_key_key" ON "Source"("key");

-- CreateIndex
CREATE INDEX "IngestBatch_status_createdAt_idx" ON "IngestBatch"("status", "createdAt");

-- CreateIndex
CREATE INDEX "RejectedRecord_sourceId_createdAt_idx" ON "RejectedRecord"("sourceId", "createdAt");

-- CreateIndex
CREATE INDEX "SourceRecord_goldenRecordId_idx" ON "SourceRecord"("goldenRecordId");

-- CreateIndex
CREATE INDEX "SourceRecord_matchName_trgm_idx" ON "SourceRecord" USING GIN ("matchName" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "SourceRecord_email_idx" ON "SourceRecord"("email");

-- CreateIndex
CREATE INDEX "SourceRecord_phone_idx" ON "SourceRecord"("phone");

-- CreateIndex
CREATE UNIQUE INDEX "SourceRecord_sourceId_externalId_key" ON "SourceRecord"("sourceId", "externalId");

-- CreateIndex
CREATE INDEX "GoldenRecord_status_displayName_idx" ON "GoldenRecord"("status", "displayName");

-- CreateIndex
CREATE INDEX "GoldenRecord_displayName_trgm_idx" ON "GoldenRecord" USING GIN ("displayName" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "GoldenRecord_mergedIntoId_idx" ON "GoldenRecord"("mergedIntoId");

-- CreateIndex
CREATE UNIQUE INDEX "GoldenRecordVersion_goldenRecordId_version_key" ON "GoldenRecordVersion"("goldenRecordId", "version");

-- CreateIndex
CREATE INDEX "DuplicateSuspect_status_score_idx" ON "DuplicateSuspect"("status", "score");

-- CreateIndex
CREATE UNIQUE INDEX "DuplicateSuspect_leftId_rightId_key" ON "DuplicateSuspect"("leftId", "rightId");

-- CreateIndex
CREATE UNIQUE INDEX "ChangeEvent_id_key" ON "ChangeEvent"("id");

-- CreateIndex
CREATE INDEX "ChangeEvent_dispatchedAt_sequence_idx" ON "ChangeEvent"("dispatchedAt", "sequence");

-- CreateIndex
CREATE INDEX "Delivery_status_nextAttemptAt_idx" ON "Delivery"("status", "nextAttemptAt");

-- CreateIndex
CREATE UNIQUE INDEX "Delivery_subscriberId_eventId_key" ON "Delivery"("subscriberId", "eventId");

-- CreateIndex
CREATE INDEX "AuditEvent_targetType_targetId_idx" ON "AuditEvent"("targetType", "targetId");

-- AddForeignKey
ALTER TABLE "ApiToken" ADD CONSTRAINT "ApiToken_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiToken" ADD CONSTRAINT "ApiToken_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IngestBatch" ADD CONSTRAINT "IngestBatch_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RejectedRecord" ADD CONSTRAINT "RejectedRecord_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SourceRecord" ADD CONSTRAINT "SourceRecord_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SourceRecord" ADD CONSTRAINT "SourceRecord_goldenRecordId_fkey" FOREIGN KEY ("goldenRecordId") REFERENCES "GoldenRecord"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GoldenRecord" ADD CONSTRAINT "GoldenRecord_mergedIntoId_fkey" FOREIGN KEY ("mergedIntoId") REFERENCES "GoldenRecord"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GoldenRecordVersion" ADD CONSTRAINT "GoldenRecordVersion_goldenRecordId_fkey" FOREIGN KEY ("goldenRecordId") REFERENCES "GoldenRecord"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DuplicateSuspect" ADD CONSTRAINT "DuplicateSuspect_leftId_fkey" FOREIGN KEY ("leftId") REFERENCES "GoldenRecord"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DuplicateSuspect" ADD CONSTRAINT "DuplicateSuspect_rightId_fkey" FOREIGN KEY ("rightId") REFERENCES "GoldenRecord"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChangeEvent" ADD CONSTRAINT "ChangeEvent_goldenRecordId_fkey" FOREIGN KEY ("goldenRecordId") REFERENCES "GoldenRecord"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Delivery" ADD CONSTRAINT "Delivery_subscriberId_fkey" FOREIGN KEY ("subscriberId") REFERENCES "Subscriber"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Delivery" ADD CONSTRAINT "Delivery_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "ChangeEvent"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

