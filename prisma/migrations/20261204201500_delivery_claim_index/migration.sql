-- CreateIndex
CREATE INDEX "Delivery_subscriberId_status_nextAttemptAt_idx" ON "Delivery"("subscriberId", "status", "nextAttemptAt");
