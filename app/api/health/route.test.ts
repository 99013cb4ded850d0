import { afterAll, beforeAll, describe, expect, it } from "vitest";
// Types only: the modules that read settings load after this file points them at its own Redis.
import type { Health, Pipeline } from "@/src/operations/check-health";
import { privateRedis, type PrivateRedis } from "@/workers/testing/private-redis";

/** Settings this file changes before the modules that read them load, and puts back after. */
const saved = { REDIS_URL: process.env.REDIS_URL, PIPELINE_STALL_SECONDS: process.env.PIPELINE_STALL_SECONDS };

describe("GET /api/health", () => {
  let redis: PrivateRedis;
  let GET: () => Promise<Response>;
  let db: typeof import("@/src/db");
  let batchId: string;

  beforeAll(async () => {
    // A Redis of this file's own, so the test can stop it without touching the one other tests share.
    redis = await privateRedis();
    process.env.REDIS_URL = redis.url;
    process.env.PIPELINE_STALL_SECONDS = "2";
    ({ GET } = await import("./route"));
    db = await import("@/src/db");
    const { beat } = await import("@/src/operations/worker-heartbeat");
    const { redisConnection } = await import("@/src/redis");
    const { sourceWithToken } = await import("@/src/testing/fixtures");
    const connection = redisConnection("worker");
    await beat(connection, { test: true });
    connection.disconnect();
    const { source } = await sourceWithToken();
    const tenMinutesAgo = new Date(Date.now() - 600_000);
    batchId = (await db.prisma.ingestBatch.create({ data: { sourceId: source.id, records: [], total: 1, createdAt: tenMinutesAgo } })).id;
  });

  afterAll(async () => {
    if (batchId) await db.prisma.ingestBatch.delete({ where: { id: batchId } });
    await redis?.stop();
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });

  const health = async () => {
    const res = await GET();
    return { code: res.status, body: (await res.json()) as Health };
  };

  it("is degraded with 503 when a batch has waited past the limit and nothing moved", async () => {
    const until = Date.now() + 10_000;
    let answer = await health();
    // Another test may have started a batch a moment ago; the limit here is two seconds.
    while (answer.body.pipeline.ok && Date.now() < until) {
      await new Promise((r) => setTimeout(r, 250));
      answer = await health();
    }
    expect(answer.code).toBe(503);
    expect(answer.body).toMatchObject({ status: "degraded", redis: { ok: true }, workers: { ok: true }, pipeline: { ok: false } });
    expect((answer.body.pipeline as Pipeline).oldestPendingBatchSeconds).toBeGreaterThanOrEqual(600);
  });

  it("says Redis is down, within seconds, while it is down", async () => {
    await redis.stop();
    const start = Date.now();
    const { code, body } = await health();
    expect(Date.now() - start).toBeLessThan(5_000);
    expect(code).toBe(503);
    expect(body).toMatchObject({ status: "degraded", redis: { ok: false, error: expect.any(String) }, workers: { ok: false } });
    await redis.start();
    expect((await health()).body.redis.ok).toBe(true);
  });
});
