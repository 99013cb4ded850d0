-- AlterTable
ALTER TABLE "SourceRecord" ADD COLUMN     "seq" BIGSERIAL NOT NULL;

-- CreateIndex
CREATE INDEX "SourceRecord_seq_idx" ON "SourceRecord"("seq");

