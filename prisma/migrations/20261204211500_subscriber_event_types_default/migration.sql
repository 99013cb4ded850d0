-- A subscriber created without event types wants every type: an empty list, never NULL (which matched nothing).
UPDATE "Subscriber" SET "eventTypes" = ARRAY[]::TEXT[] WHERE "eventTypes" IS NULL;
UPDATE "Subscriber" SET "sourceKeys" = ARRAY[]::TEXT[] WHERE "sourceKeys" IS NULL;
UPDATE "Subscriber" SET "entityTypes" = ARRAY[]::TEXT[] WHERE "entityTypes" IS NULL;
UPDATE "Subscriber" SET "attributes" = ARRAY[]::TEXT[] WHERE "attributes" IS NULL;

-- AlterTable
ALTER TABLE "Subscriber" ALTER COLUMN "eventTypes" SET DEFAULT ARRAY[]::TEXT[];
