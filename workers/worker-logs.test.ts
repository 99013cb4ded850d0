import { Queue } from "bullmq";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/src/db";
import { env } from "@/src/env";
import { sourceWithToken, unique } from "@/src/testing/fixtures";
import { queueNames } from "./contracts";
import { sparePort } from "./testing/private-redis";
import { startWorkerProcess, type WorkerProcess } from "./testing/worker-process";

type Line = Record<string, unknown>;

/** The worker process's stdout as it runs in production: one JSON object a line. */
describe("the worker's log", () => {
  let worker: WorkerProcess;
  let connection: Redis;
  let ingest: Queue;
  const prefix = `ghlogs${unique()}`;
  const lines = () =>
    worker
      .output()
      .split("\n")
      .filter((l) => l.startsWith("{"))
      .map((l) => JSON.parse(l) as Line);

  beforeAll(async () => {
    worker = await startWorkerProcess({ QUEUE_PREFIX: prefix, WORKER_HEALTH_PORT: String(await sparePort()), LOG_LEVEL: "info" });
    connection = new Redis(env.REDIS_URL, { maxRetriesPerRequest: null });
    connection.on("error", () => {});
    ingest = new Queue("ingest", { connection, prefix });
  });

  afterAll(async () => {
    await worker?.stop();
    await ingest?.close();
    // The worker's schedulers and jobs live under this file's prefix in the shared Redis; nothing else will clear them.
    for (const name of queueNames) {
      const q = new Queue(name, { connection, prefix });
      await q.obliterate({ force: true }).catch(() => {});
      await q.close();
    }
    connection?.disconnect();
  });

  it("is JSON lines, the ready line included", () => {
    expect(lines()).toContainEqual(expect.objectContaining({ level: 30, msg: expect.stringContaining("worker ready"), prefix, pid: expect.any(Number) }));
  });

  it("puts the job's id, name and queue on the lines of each job, done or given up", async () => {
    const { source } = await sourceWithToken();
    const tag = unique();
    const record = { externalId: "L-1", attributes: { firstName: "Grace", lastName: `Hopper${tag}`, email: `grace.${tag}@example.com` } };
    const batch = await prisma.ingestBatch.create({ data: { sourceId: source.id, records: [record], total: 1 } });
    await ingest.add("ingest.batch", { batchId: batch.id }, { jobId: `ingest-${batch.id}` });
    await ingest.add("ingest.batch", { batchId: `missing-${tag}` }, { jobId: `ingest-missing-${tag}`, attempts: 5 });

    const until = Date.now() + 20_000;
    const of = (jobId: string) => lines().filter((l) => l.jobId === jobId);
    while ((!of(`ingest-${batch.id}`).length || !of(`ingest-missing-${tag}`).length) && Date.now() < until) await new Promise((r) => setTimeout(r, 200));

    expect(of(`ingest-${batch.id}`)).toContainEqual(
      expect.objectContaining({ level: 30, msg: "done", job: "ingest.batch", queue: "ingest", result: expect.objectContaining({ status: "DONE" }) }),
    );
    // A batch that does not exist is not retried, and says so once, at warn, with the job's fields.
    expect(of(`ingest-missing-${tag}`)).toEqual([
      expect.objectContaining({ level: 40, job: "ingest.batch", queue: "ingest", msg: expect.stringMatching(/^gave up: Ingest batch missing-\w+ does not exist\.$/) }),
    ]);
  });
});
