import { afterAll, describe, expect, it, vi } from "vitest";

// A prefix of this file's own, so the jobs the sweep queues are never picked up by another test's workers.
const { savedPrefix } = vi.hoisted(() => {
  const savedPrefix = process.env.QUEUE_PREFIX;
  process.env.QUEUE_PREFIX = `ghwatchdog${process.pid}x${Date.now()}`;
  return { savedPrefix };
});

import type { Redis } from "ioredis";
import { prisma } from "@/src/db";
import { redisConnection } from "@/src/redis";
import { sourceWithToken } from "@/src/testing/fixtures";
import { closeQueues, queue, queueNames } from "./contracts";
import { startSweepWatchdog, type SweepWatchdog } from "./sweep-watchdog";

const watchdogs: SweepWatchdog[] = [];
const connections: Redis[] = [];
const watchdog = (onSwept: () => void) => {
  const redis = redisConnection("producer");
  connections.push(redis);
  return startSweepWatchdog(redis, onSwept);
};

afterAll(async () => {
  for (const w of watchdogs) w.stop();
  for (const c of connections) c.disconnect();
  for (const name of queueNames) await queue(name).obliterate({ force: true });
  await closeQueues();
  process.env.QUEUE_PREFIX = savedPrefix;
});

describe("the sweep watchdog", () => {
  it("sweeps in-process, in one worker of two, when no scheduled sweep ran", async () => {
    const { source } = await sourceWithToken();
    const record = { externalId: "W-1", attributes: { firstName: "Grace", lastName: "Hopper", email: "grace@example.com" } };
    const stranded = await prisma.ingestBatch.create({
      data: { sourceId: source.id, records: [record], total: 1, createdAt: new Date(Date.now() - 60_000) },
    });
    try {
      let sweeps = 0;
      watchdogs.push(watchdog(() => (sweeps += 1)), watchdog(() => (sweeps += 1)));
      const until = Date.now() + 15_000;
      while (sweeps === 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 200));
      await new Promise((r) => setTimeout(r, 500));
      expect(sweeps).toBe(1);
      expect(await queue("ingest").getJobState(`ingest-${stranded.id}`)).toBe("waiting");
    } finally {
      await prisma.ingestBatch.delete({ where: { id: stranded.id } });
    }
  });
});
