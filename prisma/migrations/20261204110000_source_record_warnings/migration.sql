-- Ingest leaves invalid values (an email that is not one, 31.02.1990, country "Narnia") out of `standardized` and
-- keeps why on the source record, so stewards can see it. Records stored before this read as having no warnings.
ALTER TABLE "SourceRecord" ADD COLUMN "warnings" JSONB NOT NULL DEFAULT '[]';
