-- CreateEnum
CREATE TYPE "ChangeRequestStatus" AS ENUM ('PENDING', 'APPROVED', 'REJECTED');

-- CreateEnum
CREATE TYPE "BulkActionStatus" AS ENUM ('PENDING', 'RUNNING', 'DONE', 'FAILED');

-- AlterEnum
ALTER TYPE "Role" ADD VALUE 'APPROVER';

-- AlterTable
ALTER TABLE "DuplicateSuspect" ADD COLUMN     "assignedAt" TIMESTAMP(3),
ADD COLUMN     "assigneeId" TEXT,
ADD COLUMN     "deferredUntil" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "GoldenRecord" ADD COLUMN     "overrides" JSONB NOT NULL DEFAULT '{}';

-- CreateTable
CREATE TABLE "GoldenMerge" (
    "id" TEXT NOT NULL,
    "survivorId" TEXT NOT NULL,
    "mergedId" TEXT NOT NULL,
    "sourceRecordIds" TEXT[],
    "repointedIds" TEXT[],
    "actor" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "undoneAt" TIMESTAMP(3),
    "undoneBy" TEXT,

    CONSTRAINT "GoldenMerge_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Comment" (
    "id" TEXT NOT NULL,
    "targetType" TEXT NOT NULL,
    "targetId" TEXT NOT NULL,
    "author" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Comment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChangeRequest" (
    "id" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "summary" TEXT NOT NULL,
    "targetType" TEXT NOT NULL,
    "targetId" TEXT NOT NULL,
    "status" "ChangeRequestStatus" NOT NULL DEFAULT 'PENDING',
    "requestedBy" TEXT NOT NULL,
    "requestedById" TEXT NOT NULL,
    "decidedBy" TEXT,
    "decidedAt" TIMESTAMP(3),
    "decisionReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ChangeRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FourEyesRule" (
    "action" TEXT NOT NULL,
    "required" BOOLEAN NOT NULL,
    "updatedBy" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FourEyesRule_pkey" PRIMARY KEY ("action")
);

-- CreateTable
CREATE TABLE "SurvivorshipRuleSet" (
    "id" TEXT NOT NULL,
    "version" SERIAL NOT NULL,
    "rules" JSONB NOT NULL,
    "status" "MatchModelStatus" NOT NULL DEFAULT 'DRAFT',
    "note" TEXT,
    "createdBy" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SurvivorshipRuleSet_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BulkAction" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "input" JSONB NOT NULL,
    "status" "BulkActionStatus" NOT NULL DEFAULT 'PENDING',
    "total" INTEGER NOT NULL DEFAULT 0,
    "done" INTEGER NOT NULL DEFAULT 0,
    "failed" INTEGER NOT NULL DEFAULT 0,
    "errors" JSONB NOT NULL DEFAULT '[]',
    "requestedBy" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "BulkAction_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "GoldenMerge_survivorId_idx" ON "GoldenMerge"("survivorId");

-- CreateIndex
CREATE INDEX "GoldenMerge_mergedId_idx" ON "GoldenMerge"("mergedId");

-- CreateIndex
CREATE INDEX "Comment_targetType_targetId_createdAt_idx" ON "Comment"("targetType", "targetId", "createdAt");

-- CreateIndex
CREATE INDEX "ChangeRequest_status_createdAt_idx" ON "ChangeRequest"("status", "createdAt");

-- CreateIndex
CREATE INDEX "ChangeRequest_targetType_targetId_idx" ON "ChangeRequest"("targetType", "targetId");

-- CreateIndex
CREATE UNIQUE INDEX "SurvivorshipRuleSet_version_key" ON "SurvivorshipRuleSet"("version");

-- CreateIndex
CREATE INDEX "SurvivorshipRuleSet_status_idx" ON "SurvivorshipRuleSet"("status");

-- CreateIndex
CREATE INDEX "BulkAction_kind_createdAt_idx" ON "BulkAction"("kind", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_createdAt_idx" ON "AuditEvent"("createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_actor_createdAt_idx" ON "AuditEvent"("actor", "createdAt");

-- CreateIndex
CREATE INDEX "DuplicateSuspect_status_assigneeId_idx" ON "DuplicateSuspect"("status", "assigneeId");

-- CreateIndex
CREATE INDEX "DuplicateSuspect_status_createdAt_idx" ON "DuplicateSuspect"("status", "createdAt");

-- AddForeignKey
ALTER TABLE "DuplicateSuspect" ADD CONSTRAINT "DuplicateSuspect_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
