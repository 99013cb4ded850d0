-- A delivery is claimed while it is being sent, so two workers never send it at once.
ALTER TABLE "Delivery" ADD COLUMN "sendingUntil" TIMESTAMP(3);

-- A delivery waits for the earlier events of its golden record, found by record and sequence.
CREATE INDEX "ChangeEvent_goldenRecordId_sequence_idx" ON "ChangeEvent"("goldenRecordId", "sequence");
