import type { SourceSyncKind } from "@/prisma/generated/client";
import { prisma, type Prisma } from "@/src/db";

/**
 * A run left RUNNING by a worker that was killed. Only pulls are closed:
 * they hold the source's sync lock, so none other can still be running.
 */
export async function closeAbandonedRuns(sourceId: string): Promise<void> {
  await prisma.sourceSyncRun.updateMany({
    where: { sourceId, status: "RUNNING", kind: { in: ["INITIAL", "INCREMENTAL"] } },
    data: { status: "FAILED", finishedAt: new Date(), error: "The worker stopped during this run; the next run continued from the last stored page." },
  });
}

export async function startRun(sourceId: string, kind: SourceSyncKind): Promise<string> {
  return (await prisma.sourceSyncRun.create({ data: { sourceId, kind }, select: { id: true } })).id;
}

/** Adds a committed page's counts to its run, inside the page's transaction, so the counts match what was stored even after a crash. */
export async function countPage(tx: Prisma.TransactionClient, runId: string, counts: { fetched: number; accepted: number; rejected: number }): Promise<void> {
  await tx.sourceSyncRun.update({
    where: { id: runId },
    data: { fetched: { increment: counts.fetched }, accepted: { increment: counts.accepted }, rejected: { increment: counts.rejected } },
  });
}

/** Ends a run and records the source's health: its last success, or its last error with when. */
export async function finishRun(sourceId: string, runId: string, error: string | null): Promise<void> {
  const at = new Date();
  await prisma.$transaction([
    prisma.sourceSyncRun.update({ where: { id: runId }, data: { status: error ? "FAILED" : "DONE", finishedAt: at, error } }),
    prisma.source.update({ where: { id: sourceId }, data: error ? { lastErrorAt: at, lastError: error } : { lastSuccessAt: at } }),
  ]);
}
