import type { Principal } from "@/src/auth/principal";
import { env } from "@/src/env";
import { acceptBatch } from "@/src/ingest/accept-batch";
import type { BenchRecord, SourceKey } from "@/bench/generate/types";

/** The benchmark pushes as an administrator bound to no source, as an integration user would. */
const principal: Principal = { kind: "user", id: "bench", label: "bench", role: "ADMIN", sourceId: null };

/** Stores one batch of a source's records and resolves to its id. */
export type Accept = (sourceKey: SourceKey, body: { records: unknown[] }) => Promise<string>;

const acceptHere: Accept = async (sourceKey, body) => (await acceptBatch({ sourceKey, principal, body })).batchId;

/**
 * Pushes the records through the real ingest edge, source by source in
 * batches of up to 1000, in the order they arrive, so batches of different
 * sources interleave the way real syncs do. Resolves to the batch ids in
 * arrival order; rejections are counted on the batches. `accept` stores one
 * batch: in this process by default, or through a running hub's REST API.
 */
export async function acceptRecords(records: readonly BenchRecord[], accept: Accept = acceptHere): Promise<string[]> {
  const size = Math.min(1000, env.INGEST_MAX_BATCH);
  const buffers: Record<SourceKey, BenchRecord[]> = { crm: [], erp: [], csv: [] };
  const batchIds: string[] = [];
  const flush = async (source: SourceKey) => {
    const chunk = buffers[source].splice(0);
    if (!chunk.length) return;
    const body = { records: chunk.map((r) => ({ externalId: r.externalId, updatedAt: r.updatedAt, attributes: r.attributes })) };
    batchIds.push(await accept(source, body));
  };
  for (const r of records) {
    buffers[r.source].push(r);
    if (buffers[r.source].length >= size) await flush(r.source);
  }
  for (const source of Object.keys(buffers) as SourceKey[]) await flush(source);
  return batchIds;
}
