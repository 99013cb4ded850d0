-- DropIndex
DROP INDEX "SourceRecord_matchName_trgm_idx";

-- CreateTable
CREATE TABLE "SourceRecordName" (
    "sourceRecordId" TEXT NOT NULL,
    "matchName" TEXT NOT NULL,

    CONSTRAINT "SourceRecordName_pkey" PRIMARY KEY ("sourceRecordId")
);

-- Backfill: the names of the records already held
INSERT INTO "SourceRecordName" ("sourceRecordId", "matchName")
SELECT id, "matchName" FROM "SourceRecord" WHERE status = 'ACTIVE' AND "matchName" IS NOT NULL;

-- CreateIndex
CREATE INDEX "SourceRecordName_matchName_trgm_idx" ON "SourceRecordName" USING GIN ("matchName" gin_trgm_ops);

-- AddForeignKey
ALTER TABLE "SourceRecordName" ADD CONSTRAINT "SourceRecordName_sourceRecordId_fkey" FOREIGN KEY ("sourceRecordId") REFERENCES "SourceRecord"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

