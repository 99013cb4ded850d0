-- AlterTable
ALTER TABLE "IngestBatch" ADD COLUMN     "updated" INTEGER NOT NULL DEFAULT 0;

