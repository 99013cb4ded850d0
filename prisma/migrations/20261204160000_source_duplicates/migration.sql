-- AlterTable
ALTER TABLE "Source" ADD COLUMN     "mayHoldDuplicates" BOOLEAN NOT NULL DEFAULT true;
