import { afterAll, describe, expect, it, vi } from "vitest";

// A prefix of this file's own, so the jobs queued here are never picked up by another test's workers.
const { savedPrefix } = vi.hoisted(() => {
  const savedPrefix = process.env.QUEUE_PREFIX;
  process.env.QUEUE_PREFIX = `ghrequeue${process.pid}x${Date.now()}`;
  return { savedPrefix };
});

import { QueueEvents, Worker, type Job } from "bullmq";
import { prisma } from "@/src/db";
import { env } from "@/src/env";
import { redisConnection } from "@/src/redis";
import { sourceWithToken } from "@/src/testing/fixtures";
import { closeQueues, enqueue, queue, queueNames } from "./contracts";
import { maintenanceSweep } from "./jobs/maintenance-sweep";

afterAll(async () => {
  for (const name of queueNames) await queue(name).obliterate({ force: true });
  await closeQueues();
  process.env.QUEUE_PREFIX = savedPrefix;
});

describe("a batch whose job finished while the batch is unfinished", () => {
  it("is queued again by the sweep, since a finished job does not keep its id", async () => {
    const { source } = await sourceWithToken();
    const longAgo = new Date(Date.now() - 60_000);
    const batch = await prisma.ingestBatch.create({
      data: { sourceId: source.id, records: [], total: 1, status: "PROCESSING", startedAt: longAgo, createdAt: longAgo },
    });
    const jobId = `ingest-${batch.id}`;
    const connection = redisConnection("worker");
    const events = new QueueEvents("ingest", { connection: redisConnection("worker"), prefix: env.QUEUE_PREFIX });
    // The run that lost the batch to another run, which then died: it ends as if the other would finish.
    const worker = new Worker("ingest", async () => ({ status: "PROCESSING" }), { connection, prefix: env.QUEUE_PREFIX });
    try {
      await events.waitUntilReady();
      const completed = new Promise<void>((resolve) => events.on("completed", ({ jobId: id }) => id === jobId && resolve()));
      await enqueue("ingest.batch", { batchId: batch.id });
      await completed;
      await worker.close();

      await maintenanceSweep({}, { attemptsMade: 0, opts: {} } as unknown as Job);
      expect(await queue("ingest").getJobState(jobId)).toBe("waiting");
    } finally {
      await worker.close();
      await events.close();
      connection.disconnect();
      await prisma.ingestBatch.delete({ where: { id: batch.id } });
    }
  });
});
