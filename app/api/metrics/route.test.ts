import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// Nothing of ours is imported before beforeAll sets the environment the settings module reads once.
const unique = () => randomBytes(4).toString("hex");

/** Settings this file changes before the modules that read them load, and puts back after. */
const saved = { METRICS_TOKEN: process.env.METRICS_TOKEN, QUEUE_PREFIX: process.env.QUEUE_PREFIX };
const metricsToken = `metrics-${unique()}-${unique()}-${unique()}`;
const run = unique();

type Sample = { name: string; labels: Record<string, string>; value: number };

/** Reads Prometheus text format 0.0.4, failing on any line that is not a comment, a blank or a sample. */
function parse(text: string): Sample[] {
  const samples: Sample[] = [];
  for (const line of text.split("\n")) {
    if (line === "" || line.startsWith("# HELP ") || line.startsWith("# TYPE ")) continue;
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match) throw new Error(`not a Prometheus sample: ${line}`);
    const labels = Object.fromEntries([...(match[2] ?? "").matchAll(/([a-zA-Z_]\w*)="((?:[^"\\]|\\.)*)"/g)].map((m) => [m[1], m[2]]));
    samples.push({ name: match[1], labels, value: Number(match[3]) });
  }
  return samples;
}

describe("GET /api/metrics", () => {
  let GET: (request: Request) => Promise<Response>;
  let db: typeof import("@/src/db");
  let contracts: typeof import("@/workers/contracts");
  const secrets = { admin: "", steward: "" };
  const made = { batches: [] as string[], goldens: [] as string[], events: [] as string[], subscriberId: "", suspectId: "" };

  const scrape = (authorization?: string) => GET(new Request("http://localhost/api/metrics", { headers: authorization ? { authorization } : {} }));
  const samples = async () => {
    const res = await scrape(`Bearer ${secrets.admin}`);
    expect(res.status).toBe(200);
    return parse(await res.text());
  };
  const value = (all: Sample[], name: string, labels: Record<string, string> = {}) =>
    all.find((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v))?.value;

  beforeAll(async () => {
    process.env.METRICS_TOKEN = metricsToken;
    // Queues of this file's own, empty but for what it adds.
    process.env.QUEUE_PREFIX = `ghmetrics${run}`;
    ({ GET } = await import("./route"));
    db = await import("@/src/db");
    contracts = await import("@/workers/contracts");
    const { createApiToken } = await import("@/src/auth/api-tokens");
    secrets.admin = (await createApiToken({ name: `metrics-${run}`, role: "ADMIN" })).secret;
    secrets.steward = (await createApiToken({ name: `metrics-${run}`, role: "STEWARD" })).secret;
  });

  afterAll(async () => {
    const { prisma } = db;
    if (made.subscriberId) {
      await prisma.deliveryAttempt.deleteMany({ where: { subscriberId: made.subscriberId } });
      await prisma.delivery.deleteMany({ where: { subscriberId: made.subscriberId } });
      await prisma.subscriber.delete({ where: { id: made.subscriberId } });
    }
    await prisma.changeEvent.deleteMany({ where: { id: { in: made.events } } });
    if (made.suspectId) await prisma.duplicateSuspect.delete({ where: { id: made.suspectId } });
    await prisma.sourceRecord.deleteMany({ where: { goldenRecordId: { in: made.goldens } } });
    await prisma.goldenRecord.deleteMany({ where: { id: { in: made.goldens } } });
    await prisma.ingestBatch.deleteMany({ where: { id: { in: made.batches } } });
    for (const name of contracts.queueNames) await contracts.queue(name).obliterate({ force: true });
    await contracts.closeQueues();
    for (const [name, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[name];
      else process.env[name] = v;
    }
  });

  it("refuses nobody with 401 and a steward with 403, as JSON", async () => {
    const anonymous = await scrape();
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ error: { code: "UNAUTHENTICATED" } });
    const steward = await scrape(`Bearer ${secrets.steward}`);
    expect(steward.status).toBe(403);
    expect(await steward.json()).toEqual({ error: { code: "FORBIDDEN", message: "Only administrators, or Prometheus with METRICS_TOKEN, can read the metrics." } });
    const wrong = await scrape(`Bearer ${metricsToken}x`);
    expect(wrong.status).toBe(401);
  });

  it("serves Prometheus text to METRICS_TOKEN and to an admin token", async () => {
    for (const secret of [metricsToken, secrets.admin]) {
      const res = await scrape(`Bearer ${secret}`);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
      const text = await res.text();
      expect(() => parse(text)).not.toThrow();
      for (const family of ["goldenhub_ingest_batches", "goldenhub_queue_jobs", "goldenhub_deliveries", "goldenhub_graphql_request_duration_seconds"]) {
        expect(text).toContain(`# TYPE ${family} `);
      }
    }
  });

  it("counts ingest, matching, suspects and deliveries from Postgres, at scrape time", async () => {
    const { prisma } = db;
    const before = await samples();
    const { sourceWithToken } = await import("@/src/testing/fixtures");
    const { source } = await sourceWithToken();
    const tenMinutesAgo = new Date(Date.now() - 600_000);
    made.batches.push(
      (await prisma.ingestBatch.create({ data: { sourceId: source.id, records: [], total: 9, linked: 3, suspects: 2, created: 4, status: "DONE", finishedAt: new Date() } })).id,
      (await prisma.ingestBatch.create({ data: { sourceId: source.id, records: [], total: 5, createdAt: tenMinutesAgo } })).id,
    );
    const golden = () => prisma.goldenRecord.create({ data: { displayName: `Metrics ${run}`, attributes: {}, lineage: {} } });
    const [left, right] = [await golden(), await golden()].sort((a, b) => (a.id < b.id ? -1 : 1));
    made.goldens.push(left.id, right.id);
    const sourceRecord = (externalId: string, status: "ACTIVE" | "DELETED") =>
      prisma.sourceRecord.create({
        data: { sourceId: source.id, externalId, raw: {}, standardized: {}, sourceUpdatedAt: new Date(), contentHash: externalId, status, goldenRecordId: left.id },
      });
    await sourceRecord("A", "ACTIVE");
    await sourceRecord("B", "DELETED");
    made.suspectId = (await prisma.duplicateSuspect.create({ data: { leftId: left.id, rightId: right.id, score: 0.95, explanation: {} } })).id;

    const subscriber = await prisma.subscriber.create({ data: { name: `metrics ${run}`, url: "https://93.184.215.14/hooks", secret: "whsec_test", eventTypes: [] } });
    made.subscriberId = subscriber.id;
    const deliveries: { id: string }[] = [];
    for (const status of ["PENDING", "PENDING", "FAILED"] as const) {
      // One delivery per (subscriber, event): each needs an event of its own.
      const event = await prisma.changeEvent.create({ data: { type: "golden.updated", goldenRecordId: left.id, payload: {}, dispatchedAt: new Date() } });
      made.events.push(event.id);
      deliveries.push(await prisma.delivery.create({ data: { subscriberId: subscriber.id, eventId: event.id, status } }));
    }
    const attempt = (ms: number, startedAt: Date, error: string | null, number: number) =>
      prisma.deliveryAttempt.create({ data: { deliveryId: deliveries[2].id, subscriberId: subscriber.id, number, startedAt, latencyMs: ms, statusCode: error ? 500 : 200, error } });
    const aMinuteAgo = new Date(Date.now() - 60_000);
    await attempt(100, aMinuteAgo, null, 1);
    await attempt(200, aMinuteAgo, null, 2);
    await attempt(300, aMinuteAgo, "HTTP 500", 3);
    await attempt(1000, aMinuteAgo, null, 4);
    await attempt(9000, tenMinutesAgo, "timed out", 5);

    const after = await samples();
    const delta = (name: string, labels: Record<string, string> = {}) => (value(after, name, labels) ?? 0) - (value(before, name, labels) ?? 0);
    expect(delta("goldenhub_ingest_batches", { status: "DONE" })).toBe(1);
    expect(delta("goldenhub_ingest_batches", { status: "PENDING" })).toBe(1);
    expect(delta("goldenhub_ingest_records_accepted_last_5m")).toBe(9);
    expect(delta("goldenhub_match_decisions", { band: "auto_merged" })).toBe(3);
    expect(delta("goldenhub_match_decisions", { band: "review" })).toBe(2);
    expect(delta("goldenhub_match_decisions", { band: "new" })).toBe(4);
    expect(delta("goldenhub_source_records", { status: "ACTIVE" })).toBe(1);
    expect(delta("goldenhub_source_records", { status: "DELETED" })).toBe(1);
    expect(delta("goldenhub_open_suspects", { band: "top" })).toBe(1);
    for (const band of ["high", "mid", "low"]) expect(value(after, "goldenhub_open_suspects", { band })).toBeGreaterThanOrEqual(0);

    const ours = { subscriber_id: subscriber.id, subscriber: `metrics ${run}` };
    expect(value(after, "goldenhub_deliveries", { ...ours, status: "pending" })).toBe(2);
    expect(value(after, "goldenhub_deliveries", { ...ours, status: "failed" })).toBe(1);
    expect(value(after, "goldenhub_delivery_attempts_last_5m", ours)).toBe(4);
    expect(value(after, "goldenhub_delivery_attempt_errors_last_5m", ours)).toBe(1);
    // percentile_cont over 100, 200, 300 and 1000 ms; the attempt ten minutes ago is outside the window.
    expect(value(after, "goldenhub_delivery_latency_last_5m_seconds", { ...ours, quantile: "0.5" })).toBeCloseTo(0.25);
    expect(value(after, "goldenhub_delivery_latency_last_5m_seconds", { ...ours, quantile: "0.95" })).toBeCloseTo(0.895);
    for (const read of ["source_records", "ingest_batches", "open_suspects", "queues", "workers", "deliveries", "delivery_attempts"]) {
      expect(value(after, "goldenhub_metrics_read_ok", { read })).toBe(1);
    }
  });

  it("counts jobs per queue and state, the oldest waiting job's age, and live workers, from Redis", async () => {
    await contracts.queue("ingest").add("ingest.batch", { batchId: `metrics-${run}` });
    await contracts.queue("maintenance").add("maintenance.sweep", {}, { delay: 600_000 });
    const { beat } = await import("@/src/operations/worker-heartbeat");
    const connection = (await import("@/src/redis")).redisConnection("worker");
    await beat(connection, { test: true });
    connection.disconnect();
    await new Promise((r) => setTimeout(r, 1_100));

    const all = await samples();
    expect(value(all, "goldenhub_queue_jobs", { queue: "ingest", state: "waiting" })).toBe(1);
    expect(value(all, "goldenhub_queue_jobs", { queue: "maintenance", state: "delayed" })).toBe(1);
    for (const state of ["active", "failed"]) expect(value(all, "goldenhub_queue_jobs", { queue: "ingest", state })).toBe(0);
    expect(value(all, "goldenhub_queue_oldest_waiting_seconds", { queue: "ingest" })).toBeGreaterThanOrEqual(1);
    expect(value(all, "goldenhub_queue_oldest_waiting_seconds", { queue: "maintenance" })).toBe(0);
    expect(all.filter((s) => s.name === "goldenhub_queue_jobs").map((s) => s.labels.queue)).toEqual(
      expect.arrayContaining([...contracts.queueNames]),
    );
    expect(value(all, "goldenhub_workers_alive")).toBe(1);
  });

  it("observes GraphQL request latency in this process, by operation type", async () => {
    const { postGraphQL } = await import("@/graphql/test-client");
    await postGraphQL("{ __typename }", { token: secrets.admin });
    await postGraphQL("{ notAField }", { token: secrets.admin });
    const all = await samples();
    expect(value(all, "goldenhub_graphql_request_duration_seconds_count", { operation: "query", status: "200" })).toBeGreaterThanOrEqual(1);
    expect(value(all, "goldenhub_graphql_request_duration_seconds_count", { operation: "none" })).toBeGreaterThanOrEqual(1);
    expect(value(all, "goldenhub_graphql_request_duration_seconds_bucket", { operation: "query", status: "200", le: "+Inf" })).toBeGreaterThanOrEqual(1);
  });
});
