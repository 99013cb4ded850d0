import { prisma } from "@/src/db";
import { processBatch } from "@/src/ingest/process-batch";

/**
 * Processes a source's stored batches that no job has finished, oldest
 * first. A change-event listener runs this before it applies new events, so
 * an update is applied onto the record as the last committed batch left it.
 */
export async function processPendingBatches(sourceId: string): Promise<number> {
  const pending = await prisma.ingestBatch.findMany({
    where: { sourceId, status: { in: ["PENDING", "PROCESSING"] } },
    orderBy: { createdAt: "asc" },
    select: { id: true },
  });
  for (const batch of pending) await processBatch({ batchId: batch.id, wait: true });
  return pending.length;
}
