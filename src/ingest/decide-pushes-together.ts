import { systemPrincipal } from "@/src/auth/principal";
import { sql } from "@/src/db";
import type { ActiveModel } from "@/src/matching/model/load-active-model";
import { countChunk, unlessTakenOver } from "./batch-progress";
import { chunksOf } from "./chunks-of";
import { decideChunk, lookUpCandidates } from "./ingest-chunk";
import type { Source } from "./plan-chunk";
import { prepareRecord } from "./prepare-record";
import type { IncomingRecord } from "./record-schema";
import { recheckStoredRecords } from "./recheck-stored-records";

/** A pushed change is a batch of a record or a few; a batch larger than this is matched on its own, chunk by chunk. */
export const PUSH_MAX_RECORDS = 20;

/** The most waiting pushes one transaction decides: enough to drain a burst, few enough to keep the lock hold short. */
const GROUP_MAX_BATCHES = 25;

type WaitingBatch = { id: string; sourceId: string; processed: number; records: unknown; createdAt: Date };
export type PushedBatch = WaitingBatch & { source: Source };

/**
 * Takes the pushes of the same source waiting behind this one, oldest first,
 * by marking them PROCESSING, so no other worker takes them too. Their own
 * jobs, when they come, find them finished; should this worker die first,
 * the sweeper finds them unfinished and queues them again.
 */
async function claimWaitingPushes(own: { id: string; sourceId: string }): Promise<WaitingBatch[]> {
  return sql<WaitingBatch[]>`
    UPDATE "IngestBatch" b SET status = 'PROCESSING', "startedAt" = coalesce(b."startedAt", now())
    FROM (
      SELECT id FROM "IngestBatch"
      WHERE "sourceId" = ${own.sourceId} AND status = 'PENDING' AND id <> ${own.id} AND total <= ${PUSH_MAX_RECORDS} AND error IS NULL
      ORDER BY "createdAt" LIMIT ${GROUP_MAX_BATCHES - 1}
      FOR UPDATE SKIP LOCKED) w
    WHERE b.id = w.id AND b.status = 'PENDING'
    RETURNING b.id, b."sourceId", b.processed, b.records, b."createdAt"`;
}

/**
 * Decides a pushed batch together with every push of its source waiting
 * behind it, each in turn in the order they arrived, in one transaction that takes the matching
 * lock once. During a bulk load each lock hold is a turn between its slices;
 * a push that waited for its own turn and worker slot would queue for
 * seconds behind the others, where here a burst of pushes shares one turn.
 * Each batch keeps its own counts and finishes with the others. Resolves to
 * whether the own batch was decided: false when another run moved it on or
 * committed one of the group first (the caller then decides its batch alone).
 */
export async function decidePushesTogether(own: PushedBatch, matching: Pick<ActiveModel, "model" | "thresholds">): Promise<boolean> {
  const others = await claimWaitingPushes(own);
  const group = [own, ...others.map((b) => ({ ...b, source: own.source }))].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  const work: { batch: PushedBatch; records: IncomingRecord[] }[] = [];
  for (const batch of group) {
    const records = await recheckStoredRecords(batch);
    if (records) work.push({ batch, records });
  }
  if (!work.some((w) => w.batch.id === own.id)) return false;
  // A batch that holds one record twice (two versions) is decided in chunks that never do, as chunksOf cuts them.
  const looked = await Promise.all(
    work.map(async ({ batch, records }) => ({
      batch,
      chunks: await Promise.all(
        chunksOf(records, PUSH_MAX_RECORDS).map(async (chunk) => {
          const prepared = chunk.map(prepareRecord);
          return { prepared, ...(await lookUpCandidates(batch.source.id, prepared)) };
        }),
      ),
    })),
  );
  return unlessTakenOver(() =>
    sql.begin(async (tx) => {
      for (const { batch, chunks } of looked) {
        let done = batch.processed;
        for (const { prepared, stored, since } of chunks) {
          await decideChunk(tx, {
            source: batch.source,
            matching,
            principal: systemPrincipal(`source:${batch.source.key}`),
            records: prepared,
            stored,
            since,
            also: (t, outcomes, written) => countChunk(t, batch.id, done, outcomes, written),
          });
          done += prepared.length;
        }
        await tx`UPDATE "IngestBatch" SET status = 'DONE', "finishedAt" = now(), records = '[]'::jsonb, error = NULL WHERE id = ${batch.id}`;
      }
    }),
  );
}
