-- AlterTable
ALTER TABLE "SourceRecord" ADD COLUMN     "birthKey" TEXT,
ADD COLUMN     "nationalId" TEXT,
ADD COLUMN     "phoneticKey" TEXT,
ADD COLUMN     "taxId" TEXT;

-- CreateIndex
CREATE INDEX "SourceRecord_nationalId_idx" ON "SourceRecord"("nationalId");

-- CreateIndex
CREATE INDEX "SourceRecord_taxId_idx" ON "SourceRecord"("taxId");

-- CreateIndex
CREATE INDEX "SourceRecord_phoneticKey_idx" ON "SourceRecord"("phoneticKey");

-- CreateIndex
CREATE INDEX "SourceRecord_birthKey_idx" ON "SourceRecord"("birthKey");

