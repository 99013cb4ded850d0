import type { Tx } from "@/src/db";
import type { IngestOutcome } from "./plan-chunk";

/**
 * Another run of the same batch (a job BullMQ handed out again as stalled,
 * a second worker, a bulk run whose lease lapsed) committed this chunk
 * first; this run's chunk rolls back rather than count its records twice.
 */
export class TakenOver extends Error {}

const column: Record<IngestOutcome, string> = {
  created: "created",
  linked: "linked",
  suspect: "suspects",
  updated: "updated",
  unchanged: "unchanged",
  stale: "stale",
};

/**
 * Adds a committed chunk to its batch's counts, in the chunk's transaction,
 * only if the batch still stands where this run left it: `done` records in.
 */
export async function countChunk(tx: Tx, batchId: string, done: number, outcomes: readonly IngestOutcome[], written: { suspectPairs: number }): Promise<void> {
  const counts = Object.fromEntries(Object.values(column).map((c) => [c, 0]));
  for (const o of outcomes) counts[column[o]] += 1;
  const saved = await tx`UPDATE "IngestBatch" SET processed = ${done + outcomes.length},
    created = created + ${counts.created}, linked = linked + ${counts.linked}, suspects = suspects + ${counts.suspects},
    "suspectPairs" = "suspectPairs" + ${written.suspectPairs},
    updated = updated + ${counts.updated}, unchanged = unchanged + ${counts.unchanged}, stale = stale + ${counts.stale}
    WHERE id = ${batchId} AND processed = ${done}`;
  if (saved.count === 0) throw new TakenOver();
}

/** Runs a chunk; false when another run had committed it first. */
export async function unlessTakenOver(chunk: () => Promise<unknown>): Promise<boolean> {
  return chunk().then(
    () => true,
    (err: unknown) => {
      if (err instanceof TakenOver) return false;
      throw err;
    },
  );
}
