import { Worker } from "bullmq";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/src/db";
import { env } from "@/src/env";
import { startDemoSalesforce, type DemoSalesforce } from "@/src/demo/salesforce/start-demo-salesforce";
import { redisConnection } from "@/src/redis";
import { processPendingBatches } from "@/src/sources/sync/process-pending-batches";
import { requestSync } from "@/src/sources/sync/request-sync";
import { registerDemoSalesforce, retireTestSources, sourceRecordsOf } from "@/src/sources/sync/sync-test-source";
import { queue } from "./contracts";
import { runJob } from "./run-job";
import { startWorkerProcess } from "./testing/worker-process";

let demo: DemoSalesforce;

beforeAll(async () => {
  demo = await startDemoSalesforce({ customers: 300, shared: 5, seed: 47 });
});
afterAll(async () => {
  await retireTestSources();
  await demo.close();
});

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, ms: number): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out; last saw ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const orgIds = () => [...demo.org.records.Account.keys(), ...demo.org.records.Contact.keys()];

describe("the sources.sync job", () => {
  it("sleeps for exactly the Retry-After of a 429 instead of the queue's backoff", async () => {
    const { id: sourceId } = await registerDemoSalesforce(demo.url, { pageSize: 200 });
    const worker = new Worker("sources", runJob, { connection: redisConnection("worker"), prefix: env.QUEUE_PREFIX });
    try {
      demo.injectFault({ kind: "rate-limit", retryAfterSeconds: 30 });
      const asked = Date.now();
      await requestSync(sourceId);
      const job = await until(() => queue("sources").getJob(`sync-${sourceId}`), (j) => j !== undefined, 5000);
      await until(() => job!.getState(), (s) => s === "delayed", 10_000);
      const [delayed] = (await queue("sources").getDelayed()).filter((j) => j.id === `sync-${sourceId}`);
      // The job is due when SAP or Salesforce said, not after the 1 s exponential backoff; no attempt was spent on the wait.
      expect(delayed.timestamp + delayed.delay).toBeGreaterThanOrEqual(asked + 29_000);
      expect(delayed.attemptsMade).toBe(0);
      expect(await prisma.sourceSyncRun.findFirst({ where: { sourceId } })).toMatchObject({ status: "FAILED", error: expect.stringContaining("429") });
      await delayed.remove();
    } finally {
      await worker.close();
    }
  });

  it("leaves every record present once and no page skipped when the worker is killed mid-sync and restarted", async () => {
    const { id: sourceId } = await registerDemoSalesforce(demo.url, { pageSize: 200 });
    // Each page answers slowly, so the kill lands between pages.
    demo.injectFault({ kind: "slow", delayMs: 1200 }, 20);
    let worker = await startWorkerProcess({ WORKER_CONCURRENCY: "2" });
    try {
      await requestSync(sourceId);
      await until(() => prisma.source.findUniqueOrThrow({ where: { id: sourceId } }), (s) => s.syncCursor !== null, 20_000);
      await worker.kill();
      const killedAt = await prisma.source.findUniqueOrThrow({ where: { id: sourceId } });
      const abandoned = await prisma.sourceSyncRun.findFirst({ where: { sourceId, status: "RUNNING", kind: { in: ["INITIAL", "INCREMENTAL"] } } });
      expect(abandoned).not.toBeNull();

      demo.clearFaults();
      worker = await startWorkerProcess({ WORKER_CONCURRENCY: "2" });
      // The killed job is handed out again once its lock expires; asking again is the "sync now" an admin would press.
      await requestSync(sourceId);
      await until(() => prisma.sourceSyncRun.findFirst({ where: { sourceId, status: "DONE" } }), (r) => r !== null, 40_000);
      await processPendingBatches(sourceId);
      const stored = await sourceRecordsOf(sourceId);
      expect([...stored.keys()].sort()).toEqual(orgIds().sort());
      expect(await prisma.sourceRecord.count({ where: { sourceId } })).toBe(orgIds().length);
      expect(killedAt.syncCursor).not.toBeNull();
      // The run the kill cut short is closed; a later scheduled run may be going by now.
      expect(await prisma.sourceSyncRun.findUniqueOrThrow({ where: { id: abandoned!.id } })).toMatchObject({ status: "FAILED", error: expect.stringContaining("worker stopped") });
    } finally {
      await worker.stop();
    }
  }, 90_000);
});
