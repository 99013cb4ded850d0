-- A bulk run holds the batches it decides together by a lease it renews, and a batch whose lease lapsed is free to claim again.
ALTER TABLE "IngestBatch" ADD COLUMN "leaseUntil" TIMESTAMP(3);
