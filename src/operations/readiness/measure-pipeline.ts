import { prisma } from "@/src/db";
import { env } from "@/src/env";

/** Ages in seconds, null when nothing waits; `ok` is false when a backlog has stopped moving. */
export type Pipeline = {
  ok: boolean;
  stalledAfterSeconds: number;
  oldestPendingBatchSeconds: number | null;
  oldestUndispatchedEventSeconds: number | null;
};

/**
 * A stage is stalled when its oldest waiting item is older than the limit and
 * nothing in that stage moved for as long: a big import waits behind a long
 * queue but keeps moving, a lost job does not.
 */
export function isStalled(stage: { oldest: Date | null; lastMoved: Date | null }, now: Date, limitMs: number): boolean {
  const older = (t: Date | null) => t === null || now.getTime() - t.getTime() > limitMs;
  return stage.oldest !== null && older(stage.oldest) && older(stage.lastMoved);
}

/** Measures the ingest and dispatch backlogs from Postgres, which still knows them when Redis has lost its jobs. */
export async function measurePipeline(now: Date, limitMs = env.PIPELINE_STALL_SECONDS * 1000): Promise<Pipeline> {
  const [waitingBatch, batchMoved, waitingEvent, eventMoved] = await Promise.all([
    prisma.ingestBatch.aggregate({ where: { status: { in: ["PENDING", "PROCESSING"] } }, _min: { createdAt: true } }),
    prisma.ingestBatch.aggregate({ _max: { startedAt: true, finishedAt: true } }),
    prisma.changeEvent.findFirst({ where: { dispatchedAt: null }, orderBy: { sequence: "asc" }, select: { createdAt: true } }),
    prisma.changeEvent.aggregate({ _max: { dispatchedAt: true } }),
  ]);
  const latest = (a: Date | null, b: Date | null) => (a && b ? (a > b ? a : b) : (a ?? b));
  const oldestBatch = waitingBatch._min.createdAt;
  const oldestEvent = waitingEvent?.createdAt ?? null;
  const stalled =
    isStalled({ oldest: oldestBatch, lastMoved: latest(batchMoved._max.startedAt, batchMoved._max.finishedAt) }, now, limitMs) ||
    isStalled({ oldest: oldestEvent, lastMoved: eventMoved._max.dispatchedAt }, now, limitMs);
  const age = (t: Date | null) => (t === null ? null : Math.max(0, Math.round((now.getTime() - t.getTime()) / 1000)));
  return {
    ok: !stalled,
    stalledAfterSeconds: Math.round(limitMs / 1000),
    oldestPendingBatchSeconds: age(oldestBatch),
    oldestUndispatchedEventSeconds: age(oldestEvent),
  };
}
