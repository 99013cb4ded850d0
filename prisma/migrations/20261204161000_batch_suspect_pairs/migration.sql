-- AlterTable
ALTER TABLE "IngestBatch" ADD COLUMN     "suspectPairs" INTEGER NOT NULL DEFAULT 0;
