import { systemPrincipal } from "@/src/auth/principal";
import { randomUUID } from "node:crypto";
import { prisma, sql } from "@/src/db";
import type { ChunkPlan } from "@/src/ingest/plan-chunk";
import { prepareRecord } from "@/src/ingest/prepare-record";
import { writeChunk } from "@/src/ingest/write-chunk";
import type { BenchRecord, SourceKey } from "@/bench/generate/types";

const CHUNK = 1000;

/**
 * Stores every record as a customer of its own, through the same multi-row
 * writes as ingest but without deciding anything: a store of a given size
 * in minutes, so blocking can be timed against a million records when
 * matching them all would take hours.
 */
export async function storeUnmatched(records: readonly BenchRecord[], onProgress: (done: number) => void): Promise<void> {
  const sources = new Map((await prisma.source.findMany()).map((s) => [s.key as SourceKey, s]));
  for (let at = 0; at < records.length; at += CHUNK) {
    const bySource = new Map<SourceKey, BenchRecord[]>();
    for (const r of records.slice(at, at + CHUNK)) bySource.set(r.source, [...(bySource.get(r.source) ?? []), r]);
    await sql.begin(async (tx) => {
      for (const [key, group] of bySource) {
        const source = sources.get(key)!;
        const inserts = group.map((r) => ({ ...prepareRecord(r), id: randomUUID(), goldenRecordId: randomUUID() }));
        const plan: ChunkPlan = {
          outcomes: [],
          inserts,
          updates: [],
          created: new Map(inserts.map((r) => [r.goldenRecordId, `stored unmatched from ${key}/${r.externalId}`])),
          rebuilt: new Map(),
          suspects: [],
          bridges: [],
        };
        await writeChunk(tx, { source, plan, principal: systemPrincipal("bench") });
      }
    });
    onProgress(Math.min(at + CHUNK, records.length));
  }
}
