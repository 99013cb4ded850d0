-- Undoing a merge gives the survivor back the overrides it had before the merge
ALTER TABLE "GoldenMerge" ADD COLUMN "overridesBefore" JSONB NOT NULL DEFAULT '{}';
