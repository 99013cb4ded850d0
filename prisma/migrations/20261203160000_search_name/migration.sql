-- Blocking searches names by trigram without name particles ("van der"), so the searched column is no longer the
-- match name. Stored records get the new value from `npm run cli -- matching rekey` (src/matching/search-name.ts).
ALTER TABLE "SourceRecord" RENAME COLUMN "matchName" TO "searchName";

ALTER TABLE "SourceRecordName" RENAME COLUMN "matchName" TO "searchName";

ALTER INDEX "SourceRecordName_matchName_trgm_idx" RENAME TO "SourceRecordName_searchName_trgm_idx";
