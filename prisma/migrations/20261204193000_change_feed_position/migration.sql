-- AlterTable
ALTER TABLE "ChangeEvent" ADD COLUMN     "feedPosition" BIGINT;

-- Events dispatched before the feed existed take their places in sequence order.
UPDATE "ChangeEvent" e SET "feedPosition" = p.position
FROM (SELECT id, row_number() OVER (ORDER BY sequence) AS position FROM "ChangeEvent" WHERE "dispatchedAt" IS NOT NULL) p
WHERE e.id = p.id;

-- CreateIndex
CREATE UNIQUE INDEX "ChangeEvent_feedPosition_key" ON "ChangeEvent"("feedPosition");
