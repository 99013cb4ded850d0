import { prisma } from "@/src/db";

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
): Promise<{ batchIds: string[]; deliveryIds: string[]; undispatched: number; bulkActions: { id: string; kind: string }[] }> {
  const before = new Date(now.getTime() - GRACE_MS);
  const [batches, deliveries, undispatched, bulkActions] = await Promise.all([
    prisma.ingestBatch.findMany({
      where: { status: { in: ["PENDING", "PROCESSING"] }, createdAt: { lt: before } },
      select: { id: true },
      orderBy: { createdAt: "asc" },
      take: LIMIT,
    }),
    prisma.delivery.findMany({
      // A disabled subscriber's deliveries wait for it to come back; listed, they would crowd the live ones out of the limit.
      where: { status: "PENDING", nextAttemptAt: { lt: before }, subscriber: { active: true } },
      select: { id: true },
      orderBy: { nextAttemptAt: "asc" },
      take: LIMIT,
    }),
    prisma.changeEvent.count({ where: { dispatchedAt: null } }),
    prisma.bulkAction.findMany({
      where: { status: { in: ["PENDING", "RUNNING"] }, createdAt: { lt: before } },
      select: { id: true, kind: true },
      orderBy: { createdAt: "asc" },
      take: LIMIT,
    }),
  ]);
  return { batchIds: batches.map((b) => b.id), deliveryIds: deliveries.map((d) => d.id), undispatched, bulkActions };
}
