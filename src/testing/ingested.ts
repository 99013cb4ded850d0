import { systemPrincipal } from "@/src/auth/principal";
import { prisma } from "@/src/db";
import type { CustomerAttributes } from "@/src/golden/attributes";
import { acceptBatch } from "@/src/ingest/accept-batch";
import { processBatch } from "@/src/ingest/process-batch";

type PushedRecord = { externalId: string; updatedAt?: string; attributes: CustomerAttributes };

/**
 * Pushes records through the real ingest path (validation, matching, the
 * writer) and waits for them, returning each record's golden record id, so
 * stewardship tests start from golden records as production makes them.
 */
export async function ingested(sourceKey: string, records: PushedRecord[]): Promise<Map<string, string>> {
  const { batchId } = await acceptBatch({ sourceKey, principal: systemPrincipal("test"), body: { records } });
  await processBatch({ batchId, wait: true });
  const source = await prisma.source.findUniqueOrThrow({ where: { key: sourceKey } });
  const stored = await prisma.sourceRecord.findMany({ where: { sourceId: source.id, externalId: { in: records.map((r) => r.externalId) } } });
  return new Map(stored.map((r) => [r.externalId, r.goldenRecordId]));
}
