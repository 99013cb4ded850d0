-- Records an ingest ignored because the source had already sent a newer version.
ALTER TABLE "IngestBatch" ADD COLUMN     "stale" INTEGER NOT NULL DEFAULT 0;
