-- Whether sourceUpdatedAt came from the source (its updatedAt) or is the time the hub received an undated record.
-- Records stored before this column are taken as dated, which is how they were judged until now.
ALTER TABLE "SourceRecord" ADD COLUMN "sourceDated" BOOLEAN NOT NULL DEFAULT true;
