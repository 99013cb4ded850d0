-- A blocking key for the sound of the whole name. SQL has no Double Metaphone, so stored records get it from
-- `npm run cli -- matching rekey` (src/matching/blocking-keys.ts), and until then are still found by every other key.
ALTER TABLE "SourceRecord" ADD COLUMN "nameSoundKey" TEXT;

CREATE INDEX "SourceRecord_nameSoundKey_idx" ON "SourceRecord"("nameSoundKey");

-- Trigram name search writes straight into its index instead of a pending list: every lookup reads the pending list
-- in full, and the inserting chunk, holding the matching lock, pays to merge it once it fills.
ALTER INDEX "SourceRecordName_matchName_trgm_idx" SET (fastupdate = off);

-- Turning fastupdate off leaves names already in the pending list there, and lookups would keep reading them.
SELECT gin_clean_pending_list('"SourceRecordName_matchName_trgm_idx"'::regclass);
