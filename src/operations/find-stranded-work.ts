import { prisma, sql } from "@/src/db";

/** Work younger than this is probably still on its way through the queue. */
const GRACE_MS = 30_000;
const LIMIT = 500;

/**
 * Lists work that Postgres says is unfinished but that may have no queued job
 * (Redis restarted, or the web app could not reach it). Re-queueing it with its
 * deterministic job id is a no-op when the job still exists.
 */
export async function findStrandedWork(
  now = new Date(),
): Promise<{ batches: { id: string; total: number }[]; subscriberIds: string[]; undispatched: number; bulkActions: { id: string; kind: string }[] }> {
  const before = new Date(now.getTime() - GRACE_MS);
  const [batches, subscribers, undispatched, bulkActions] = await Promise.all([
    prisma.ingestBatch.findMany({
      // A batch a live bulk run holds is on its way; once the run's lease lapses, it is stranded.
      where: { status: { in: ["PENDING", "PROCESSING"] }, createdAt: { lt: before }, OR: [{ leaseUntil: null }, { leaseUntil: { lt: now } }] },
      select: { id: true, total: true },
      orderBy: { createdAt: "asc" },
      take: LIMIT,
    }),
    // Subscribers with a delivery overdue by the grace: their wake-up job may be gone. A disabled subscriber's wait for it.
    sql<{ subscriberId: string }[]>`
      SELECT s.id AS "subscriberId" FROM "Subscriber" s
      WHERE s.active AND EXISTS (
        SELECT 1 FROM "Delivery" d WHERE d."subscriberId" = s.id AND d.status = 'PENDING' AND d."nextAttemptAt" < ${before}
          AND (d."sendingUntil" IS NULL OR d."sendingUntil" < ${now}))`,
    prisma.changeEvent.count({ where: { dispatchedAt: null } }),
    prisma.bulkAction.findMany({
      where: { status: { in: ["PENDING", "RUNNING"] }, createdAt: { lt: before } },
      select: { id: true, kind: true },
      orderBy: { createdAt: "asc" },
      take: LIMIT,
    }),
  ]);
  return { batches, subscriberIds: subscribers.map((s) => s.subscriberId), undispatched, bulkActions };
}
