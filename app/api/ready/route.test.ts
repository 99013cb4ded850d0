import type { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
// Types only: the modules that read settings load after this file points them at its own Redis.
import type { Readiness } from "@/src/operations/readiness/check-readiness";
import { privateRedis, type PrivateRedis } from "@/workers/testing/private-redis";

/** Settings this file changes before the modules that read them load, and puts back after. */
const saved = { REDIS_URL: process.env.REDIS_URL, PIPELINE_STALL_SECONDS: process.env.PIPELINE_STALL_SECONDS };

describe("GET /api/ready", () => {
  let redis: PrivateRedis;
  let GET: () => Promise<Response>;
  let contracts: typeof import("@/workers/contracts");
  let heartbeat: typeof import("@/src/operations/worker-heartbeat");
  let connection: Redis;
  let upsertSchedulers: () => Promise<void>;

  /** A worker's heartbeat and the worker's schedulers, as a running worker keeps them. */
  const workerPresent = async () => {
    await heartbeat.beat(connection, { queues: contracts.queueNames });
    await poll(() => upsertSchedulers().then(() => true), "the schedulers to be written");
  };

  beforeAll(async () => {
    // A Redis of this file's own, so the test can stop it without touching the one other tests share.
    redis = await privateRedis();
    process.env.REDIS_URL = redis.url;
    // Other test files leave batches no worker will run; the stalled pipeline has a test of its own (check-readiness.test.ts).
    process.env.PIPELINE_STALL_SECONDS = String(10 * 365 * 24 * 3600);
    ({ GET } = await import("./route"));
    contracts = await import("@/workers/contracts");
    heartbeat = await import("@/src/operations/worker-heartbeat");
    ({ upsertSchedulers } = await import("@/workers/keep-schedulers"));
    connection = (await import("@/src/redis")).redisConnection("worker");
    await workerPresent();
  });

  afterAll(async () => {
    connection?.disconnect();
    await contracts?.closeQueues();
    await redis?.stop();
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });

  const ready = async () => {
    const res = await GET();
    return { code: res.status, body: (await res.json()) as Readiness };
  };

  it("answers 200 with every part ready, migrations included", async () => {
    const { code, body } = await ready();
    expect(body.failing).toEqual([]);
    expect(code).toBe(200);
    expect(body).toMatchObject({
      status: "ready",
      database: { ok: true },
      redis: { ok: true },
      workers: { ok: true, alive: [expect.any(String)], unserved: [] },
      migrations: { ok: true, pending: [] },
      schedulers: { ok: true, missing: [] },
      pipeline: { ok: true },
    });
    expect((body.migrations as { expected: number }).expected).toBeGreaterThan(10);
  });

  it("names the queues no live worker serves, as when the loader process of bulk loads is missing", async () => {
    await heartbeat.beat(connection, { queues: contracts.queueNames.filter((q) => q !== "ingest-bulk") });
    const { code, body } = await ready();
    expect(code).toBe(503);
    expect(body).toMatchObject({ status: "not_ready", failing: ["workers"], workers: { ok: false, unserved: ["ingest-bulk"] } });
    await workerPresent();
  });

  it("names the workers when none beats", async () => {
    await connection.del(heartbeat.heartbeatKey());
    const { code, body } = await ready();
    expect(code).toBe(503);
    expect(body).toMatchObject({ status: "not_ready", failing: ["workers"], workers: { ok: false, alive: [] } });
    await workerPresent();
  });

  it("names the sweep's scheduler when Redis lacks it", async () => {
    await contracts.queue("maintenance").removeJobScheduler("sweep");
    const { code, body } = await ready();
    expect(code).toBe(503);
    expect(body).toMatchObject({ failing: ["schedulers"], schedulers: { ok: false, missing: ["maintenance:sweep"] } });
    await workerPresent();
    expect((await ready()).code).toBe(200);
  });

  it("says Redis is down, within seconds, and not ready when it comes back empty", async () => {
    await redis.stop();
    const start = Date.now();
    const down = await ready();
    expect(Date.now() - start).toBeLessThan(5_000);
    expect(down.code).toBe(503);
    expect(down.body.failing).toEqual(["redis", "workers", "schedulers"]);
    expect(down.body.redis).toEqual({ ok: false, error: expect.any(String) });

    await redis.start();
    // Up again but empty: no heartbeat, no sweep schedule. Answering pings is not being ready.
    const empty = await ready();
    expect(empty.code).toBe(503);
    expect(empty.body.redis.ok).toBe(true);
    expect(empty.body.failing).toEqual(["workers", "schedulers"]);

    await poll(() => workerPresent().then(() => true), "the worker's keys to be written again");
    expect((await ready()).code).toBe(200);
  });
});

async function poll<T>(fn: () => Promise<T | null | undefined | false>, what: string, timeoutMs = 10_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await fn().catch(() => null);
    if (value) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
