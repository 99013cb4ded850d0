import { prisma } from "@/src/db";
import { AppError } from "@/src/errors";
import { mayRun, pauseForHub } from "./hub-pause";
import { loadSyncSource } from "./load-sync-source";
import { pullSourcePages } from "./pull-source-pages";
import { storePulledBatch } from "./pulled-batch";
import { classifySyncFailure, type SyncFailure } from "./sync-failure";
import { withSyncLock } from "./sync-lock";
import { closeAbandonedRuns, countPage, finishRun, startRun } from "./sync-runs";

export type SyncCounts = { fetched: number; accepted: number; rejected: number };

export type SyncOutcome =
  | { status: "skipped"; reason: "paused" | "busy" }
  | ({ status: "done"; runId: string } & SyncCounts)
  | ({ status: "failed"; runId: string; failure: SyncFailure } & SyncCounts);

async function pullAll(sourceId: string, runId: string, counts: SyncCounts): Promise<void> {
  const source = await loadSyncSource(sourceId);
  for await (const page of pullSourcePages(source)) {
    const fetched = page.batch.records.length + page.batch.rejected.length;
    const stored = await storePulledBatch({
      sourceId,
      batch: page.batch,
      also: async (tx, c) => {
        await tx.source.update({ where: { id: sourceId }, data: { syncCursor: page.cursor as object } });
        await countPage(tx, runId, { fetched, ...c });
      },
    });
    counts.fetched += fetched;
    counts.accepted += stored.accepted;
    counts.rejected += stored.rejected;
  }
}

/**
 * Reads a connector source's changes since its cursor (everything on its
 * first run) into the ingest path, page by page. Each page's batch and the
 * cursor after it commit together, so a worker killed mid-sync re-reads at
 * most the page it was on, which the content hash turns into a no-op. A
 * paused source is skipped; a failure is recorded on the run and the source
 * and returned for the job to decide on retrying (a request limit pauses the
 * source here, refused credentials too).
 */
export async function syncSource(opts: { sourceId: string }): Promise<SyncOutcome> {
  const { sourceId } = opts;
  const exists = await prisma.source.findUnique({ where: { id: sourceId }, select: { connector: true, syncCursor: true } });
  if (!exists?.connector) throw new AppError("NOT_FOUND", `Source ${sourceId} does not exist or has no connector to sync.`);
  const outcome = await withSyncLock(sourceId, async (): Promise<SyncOutcome> => {
    if (!(await mayRun(sourceId))) return { status: "skipped", reason: "paused" };
    await closeAbandonedRuns(sourceId);
    const current = await prisma.source.findUniqueOrThrow({ where: { id: sourceId }, select: { syncCursor: true } });
    const runId = await startRun(sourceId, current.syncCursor === null ? "INITIAL" : "INCREMENTAL");
    const counts: SyncCounts = { fetched: 0, accepted: 0, rejected: 0 };
    try {
      await pullAll(sourceId, runId, counts);
    } catch (err) {
      if (err instanceof AppError && err.code === "NOT_FOUND") throw err;
      const failure = classifySyncFailure(err);
      await finishRun(sourceId, runId, failure.kind === "pause" ? failure.reason : failure.message);
      if (failure.kind === "pause") await pauseForHub(sourceId, failure.reason, failure.resumeAfterMs);
      return { status: "failed", runId, failure, ...counts };
    }
    await finishRun(sourceId, runId, null);
    return { status: "done", runId, ...counts };
  });
  return outcome ?? { status: "skipped", reason: "busy" };
}
