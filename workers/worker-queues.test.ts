import { Queue } from "bullmq";
import { Redis } from "ioredis";
import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "@/src/db";
import { env } from "@/src/env";
import { BULK_MIN_RECORDS } from "@/src/ingest/bulk/bulk-lane";
import { sourceWithToken, unique } from "@/src/testing/fixtures";
import { queueNames } from "./contracts";
import { sparePort } from "./testing/private-redis";
import { startWorkerProcess, type WorkerProcess } from "./testing/worker-process";

const prefix = `ghqueues${unique()}`;
const connection = new Redis(env.REDIS_URL, { maxRetriesPerRequest: null });
connection.on("error", () => {});
const workers: WorkerProcess[] = [];

afterAll(async () => {
  await Promise.all(workers.map((w) => w.stop()));
  for (const name of queueNames) {
    const q = new Queue(name, { connection, prefix });
    await q.obliterate({ force: true }).catch(() => {});
    await q.close();
  }
  connection.disconnect();
});

const start = async (queues: string) => {
  const worker = await startWorkerProcess({ QUEUE_PREFIX: prefix, WORKER_HEALTH_PORT: String(await sparePort()), WORKER_QUEUES: queues });
  workers.push(worker);
  return worker;
};

const statusOf = async (id: string) => (await prisma.ingestBatch.findUniqueOrThrow({ where: { id } })).status;

async function until(check: () => Promise<boolean>, ms = 30_000): Promise<void> {
  for (const end = Date.now() + ms; !(await check()); ) {
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe("worker processes serving some of the queues", () => {
  it("lets bulk loads run in a process of their own: the other process matches pushed changes and leaves loads alone", async () => {
    const worker = await start("!ingest-bulk");
    expect(worker.output()).toContain("worker ready: queues ingest, distribution, maintenance, bulk, sources");
    const { source } = await sourceWithToken();
    const t = unique();
    const person = (i: number) => ({ externalId: `W-${i}`, attributes: { firstName: `Given${i}`, lastName: `Queue${t}x${i}` } });
    const change = await prisma.ingestBatch.create({ data: { sourceId: source.id, records: [person(0)], total: 1 } });
    const loadRecords = Array.from({ length: BULK_MIN_RECORDS }, (_, i) => person(i + 1));
    const load = await prisma.ingestBatch.create({ data: { sourceId: source.id, records: loadRecords, total: loadRecords.length } });
    const ingest = new Queue("ingest", { connection, prefix });
    const ingestBulk = new Queue("ingest-bulk", { connection, prefix });
    await ingest.add("ingest.batch", { batchId: change.id }, { jobId: `ingest-${change.id}` });
    await ingestBulk.add("ingest.bulk", { batchId: load.id }, { jobId: `ingest-${load.id}` });

    await until(async () => (await statusOf(change.id)) === "DONE");
    expect(await statusOf(load.id)).toBe("PENDING");

    await start("ingest-bulk");
    await until(async () => (await statusOf(load.id)) === "DONE");
    expect(await prisma.sourceRecord.count({ where: { sourceId: source.id } })).toBe(BULK_MIN_RECORDS + 1);
    await ingest.close();
    await ingestBulk.close();
  });

  it("refuses to start on a queue it does not know, naming the queues there are", async () => {
    const started = start("ingest,nonsense");
    await expect(started).rejects.toThrow(/WORKER_QUEUES must name queues to serve.*ingest, ingest-bulk, distribution/);
  });
});
