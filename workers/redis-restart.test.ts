import { Queue } from "bullmq";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/src/db";
import { sourceWithToken, unique } from "@/src/testing/fixtures";
import { privateRedis, sparePort, type PrivateRedis } from "./testing/private-redis";
import { startWorkerProcess, type WorkerProcess } from "./testing/worker-process";

/**
 * A worker process on a Redis of the test's own, which the test kills and
 * starts again empty, as a Redis without persistence comes back from a crash.
 */
describe("a worker whose Redis restarts empty", () => {
  let redis: PrivateRedis;
  let worker: WorkerProcess;
  let connection: Redis;
  let maintenance: Queue;
  const prefix = `ghrestart${unique()}`;

  beforeAll(async () => {
    redis = await privateRedis();
    worker = await startWorkerProcess({ REDIS_URL: redis.url, QUEUE_PREFIX: prefix, WORKER_HEALTH_PORT: String(await sparePort()) });
    connection = new Redis(redis.url, { maxRetriesPerRequest: null });
    connection.on("error", () => {});
    maintenance = new Queue("maintenance", { connection, prefix });
  });

  afterAll(async () => {
    await worker?.stop();
    await maintenance?.close();
    connection?.disconnect();
    await redis?.stop();
  });

  it("re-creates the sweep schedule and re-queues stranded batches without a restart of the worker", async () => {
    expect(await maintenance.getJobScheduler("sweep")).toBeDefined();
    await redis.stop();
    await redis.start();

    // Written while Redis was away, so no job for them exists: only the sweep can find them.
    const { source } = await sourceWithToken();
    const tag = unique();
    const record = (n: number) => ({
      externalId: `R-${n}`,
      attributes: { firstName: "Ada", lastName: `Lovelace${tag}x${n}`, email: `ada${n}.${tag}@example.com` },
    });
    const longAgo = new Date(Date.now() - 60_000);
    const pending = await prisma.ingestBatch.create({ data: { sourceId: source.id, records: [record(1)], total: 1, createdAt: longAgo } });
    // A worker lost this batch's job after committing its first record.
    const halfDone = await prisma.ingestBatch.create({
      data: { sourceId: source.id, records: [record(2), record(3)], total: 2, processed: 1, status: "PROCESSING", startedAt: longAgo, createdAt: longAgo },
    });

    await poll(() => maintenance.getJobScheduler("sweep"), "the sweep schedule to come back", 10_000);
    const done = () => prisma.ingestBatch.count({ where: { id: { in: [pending.id, halfDone.id] }, status: "DONE" } });
    await poll(async () => (await done()) === 2, "both batches to be done", 20_000);

    const xrefs = await prisma.sourceRecord.findMany({ where: { sourceId: source.id }, select: { externalId: true, goldenRecordId: true } });
    // R-2 was committed before the loss (here: counted as processed), so the batch resumed after it.
    expect(xrefs.map((x) => x.externalId).sort()).toEqual(["R-1", "R-3"]);
    const undispatched = () => prisma.changeEvent.count({ where: { goldenRecordId: { in: xrefs.map((x) => x.goldenRecordId) }, dispatchedAt: null } });
    await poll(async () => (await undispatched()) === 0, "their events to be dispatched", 10_000);
    expect(worker.output()).toMatch(/re-created them|swept here/);
  });
});

async function poll<T>(fn: () => Promise<T | null | undefined | false>, what: string, timeoutMs: number): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await fn().catch(() => null);
    if (value) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
