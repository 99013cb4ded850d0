-- A blocking key for the home: postal code with house number. Stored records get it from `npm run cli -- matching rekey`,
-- which folds both values exactly as ingest does (src/matching/blocking-keys.ts).
ALTER TABLE "SourceRecord" ADD COLUMN "addressKey" TEXT;

CREATE INDEX "SourceRecord_addressKey_idx" ON "SourceRecord"("addressKey");
