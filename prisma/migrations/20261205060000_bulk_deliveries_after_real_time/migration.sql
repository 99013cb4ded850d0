-- Bulk-run events and their deliveries are marked, so a subscriber's sender
-- claims real-time deliveries that are due before a load's backlog

ALTER TABLE "ChangeEvent" ADD COLUMN "bulk" BOOLEAN NOT NULL DEFAULT false;

ALTER TABLE "Delivery" ADD COLUMN "bulk" BOOLEAN NOT NULL DEFAULT false;

DROP INDEX "Delivery_subscriberId_status_nextAttemptAt_idx";

CREATE INDEX "Delivery_subscriberId_status_bulk_nextAttemptAt_idx" ON "Delivery"("subscriberId", "status", "bulk", "nextAttemptAt");
