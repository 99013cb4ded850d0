import { spawn } from "node:child_process";
import { createServer, connect, type Server, type Socket } from "node:net";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Principal } from "@/src/auth/principal";
import { closeDb } from "@/src/db";
import { env } from "@/src/env";
import { acceptBatch } from "@/src/ingest/accept-batch";
import { processBatch } from "@/src/ingest/process-batch";
import { beat } from "@/src/operations/worker-heartbeat";
import { redisConnection } from "@/src/redis";
import { sourceWithToken } from "@/src/testing/fixtures";
import { closeQueues } from "@/workers/contracts";

const tsx = path.resolve("node_modules/.bin/tsx");
const admin: Principal = { kind: "user", id: "test", label: "test", role: "ADMIN", sourceId: null };

/** A TCP hop between the command and a service that the test can cut and restore, as an outage would. */
class Outage {
  private server: Server | null = null;
  private sockets = new Set<Socket>();
  port = 0;

  constructor(private readonly target: URL, private readonly defaultPort: number) {}

  async open(): Promise<void> {
    this.server = createServer((client) => {
      const upstream = connect(Number(this.target.port || this.defaultPort), this.target.hostname);
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on("error", () => {});
        s.on("close", () => this.sockets.delete(s));
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => this.server!.listen(this.port, "127.0.0.1", resolve));
    this.port = (this.server.address() as { port: number }).port;
  }

  async cut(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise((resolve) => this.server?.close(resolve));
  }

  /** The same URL with its host and port pointing here. */
  url(): string {
    const url = new URL(this.target);
    url.hostname = "127.0.0.1";
    url.port = String(this.port);
    return url.toString();
  }
}

const heartbeats = redisConnection("producer");

afterAll(async () => {
  heartbeats.disconnect();
  await closeQueues();
  await closeDb();
});

describe("following batches through outages", () => {
  it("pauses with a line naming PostgreSQL, then Redis, resumes when each is back, and never prints a stack trace", async () => {
    const { source } = await sourceWithToken();
    const records = [
      { externalId: "F-1", updatedAt: "2026-05-02T10:00:00Z", attributes: { firstName: "Fenna", lastName: `Volger ${source.key}` } },
      { externalId: "F-1", updatedAt: "2026-05-01T10:00:00Z", attributes: { firstName: "Fenna", lastName: `Volger-Oud ${source.key}` } },
    ];
    const { batchId } = await acceptBatch({ sourceKey: source.key, principal: admin, body: { records } });
    // The command gives up on a batch nobody works on; this test is the worker.
    const alive = setInterval(() => void beat(heartbeats, { test: true }).catch(() => {}), 3000);
    await beat(heartbeats, { test: true });

    const pg = new Outage(new URL(env.DATABASE_URL), 5432);
    const redis = new Outage(new URL(env.REDIS_URL), 6379);
    await Promise.all([pg.open(), redis.open()]);
    const child = spawn(tsx, ["cli/main.ts", "watch", "--source", source.key, "--since", "2000-01-01T00:00:00Z"], {
      env: { ...process.env, DATABASE_URL: pg.url(), REDIS_URL: redis.url() },
    });
    let stderr = "";
    let stdout = "";
    child.stderr.on("data", (d) => (stderr += d));
    child.stdout.on("data", (d) => (stdout += d));
    const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
    const until = (pattern: RegExp) => expect.poll(() => stderr, { timeout: 20_000, interval: 200 }).toMatch(pattern);

    try {
      await until(/matching: 0\/2 records/);
      await pg.cut();
      await until(new RegExp(`waiting for PostgreSQL at 127\\.0\\.0\\.1:${pg.port}`));
      await pg.open();
      // Longer than the command's wait for a worker sign of life: with Redis away it must keep waiting, not say "no worker".
      await redis.cut();
      await until(new RegExp(`waiting for Redis at 127\\.0\\.0\\.1:${redis.port}`));
      await new Promise((resolve) => setTimeout(resolve, 11_000));
      await redis.open();
      await processBatch({ batchId, wait: true });
      expect(await exited).toBe(0);
    } finally {
      clearInterval(alive);
      child.kill();
      await Promise.all([pg.cut(), redis.cut()]);
    }
    expect(stderr).not.toMatch(/^\s+at /m);
    expect(stderr).not.toMatch(/ECONNREFUSED|Error:|NFs/);
    expect(stderr).toMatch(/2 rows done/);
    expect(stdout).toMatch(/^stale \(ignored\)\s+1$/m);
    expect(stdout).toMatch(/^new golden records\s+1$/m);
  }, 90_000);
});
