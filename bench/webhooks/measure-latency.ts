import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { parseArgs } from "node:util";
import { startReceiver } from "@/demo/webhook-receiver";
import { ensureBuild } from "@/bench/drill/ensure-build";
import { Service } from "@/bench/drill/service";
import { spareLoopbackPort } from "@/bench/drill/spare-port";
import { generateRecords } from "@/bench/generate/generate-records";
import { acceptRecords, type Accept } from "@/bench/measure/accept-records";
import { createSources } from "@/bench/measure/create-sources";
import { percentile } from "@/bench/metrics/percentile";
import { latencyStages, type TimedPush } from "@/bench/webhooks/latency-stages";
import { createApiToken } from "@/src/auth/api-tokens";
import { closeDb, prisma } from "@/src/db";
import { closeQueues } from "@/workers/contracts";
import { webhookSecret } from "@/src/testing/fixtures";

/*
 * The latency figure of issue 17: `changes` single-record pushes to the REST
 * ingest at `rate` per second, each a new customer, timed from the request
 * until the subscriber verified its golden.created webhook. The pushes of the
 * first `warmup` seconds after the processes start are counted apart: a
 * freshly started web and worker compile their code as they serve, which a
 * deploy meets once and a running hub never. With `import`, that many
 * generated records (batches of a thousand, the bulk lane) are pushed by
 * three other sources as the timed pushes begin, and the timed pushes go on
 * until the import is matched: the figure is then the latency of real-time
 * changes while a large load runs.
 */
const { values } = parseArgs({
  options: { changes: { type: "string", default: "1000" }, rate: { type: "string", default: "20" }, warmup: { type: "string", default: "10" }, import: { type: "string", default: "0" } },
});
const changes = Number(values.changes);
const warmupPushes = Math.round(Number(values.warmup) * Number(values.rate));
const importRows = Number(values.import);
const root = path.resolve(import.meta.dirname, "../..");
const logs = mkdtempSync(path.join(tmpdir(), "goldenhub-latency-"));

const sentAt = new Map<string, number>();
/** milliseconds from push to verified webhook, by push number */
const latencies = new Map<number, number>();
/** wall-clock times, to set beside the times Postgres recorded for each step */
const timed = new Map<string, Omit<TimedPush, "receivedAt">>();
const receivedAt = new Map<string, number>();
const secret = webhookSecret();
const receiver = await startReceiver({
  secret,
  onEvent: (e) => {
    const key = (e.data.attributes as Record<string, string> | undefined)?.email;
    const start = key ? sentAt.get(key) : undefined;
    if (e.type !== "golden.created" || start === undefined || !key) return;
    latencies.set(Number(key.match(/\d+/)?.[0]), performance.now() - start);
    receivedAt.set(key, Date.now());
  },
});
await prisma.subscriber.create({ data: { name: "latency receiver", url: receiver.url, secret, eventTypes: ["golden.created"] } });
await prisma.webhookAllowlistEntry.create({ data: { pattern: new URL(receiver.url).host, note: "bench receiver", createdBy: "bench" } });
await prisma.source.create({ data: { key: "bench-crm", name: "Bench CRM", kind: "CRM" } });
const { secret: token } = await createApiToken({ name: "bench", role: "STEWARD" });

await ensureBuild();
const [webPort, healthPort] = [await spareLoopbackPort(), await spareLoopbackPort()];
// As `npm start` runs them: loads decided in a process of their own, so their CPU work never stalls a pushed change's jobs.
const [loaderHealthPort] = [await spareLoopbackPort()];
const workerAt = (port: number) => `http://127.0.0.1:${port}/`;
const tsx = path.join(root, "node_modules/.bin/tsx");
const main = path.join(root, "workers/main.ts");
const worker = new Service("worker", tsx, [main], { WORKER_HEALTH_PORT: String(healthPort), WORKER_QUEUES: "!ingest-bulk" }, workerAt(healthPort), path.join(logs, "worker.log"));
const loader = new Service("loader", tsx, [main], { WORKER_HEALTH_PORT: String(loaderHealthPort), WORKER_QUEUES: "ingest-bulk" }, workerAt(loaderHealthPort), path.join(logs, "loader.log"));
const web = new Service("web", path.join(root, "node_modules/.bin/next"), ["start", "-p", String(webPort)], { AUTH_SECRET: randomBytes(32).toString("base64url"), AUTH_TRUST_HOST: "true" }, `http://127.0.0.1:${webPort}/login`, path.join(logs, "web.log"));
await worker.start();
await loader.start();
await web.start();

const push = async (i: number) => {
  const email = `latency-${i}@bench.example`;
  sentAt.set(email, performance.now());
  const wallSentAt = Date.now();
  const res = await fetch(`http://127.0.0.1:${webPort}/api/sources/bench-crm/records`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ records: [{ externalId: `L-${i}`, attributes: { firstName: "Lat", lastName: `Ency${i}x${i * 7919}`, email, city: "Utrecht", country: "NL" } }] }),
  });
  if (res.status !== 202) return console.error(`push ${i}: HTTP ${res.status} ${await res.text()}`);
  const { batchId } = (await res.json()) as { batchId: string };
  timed.set(email, { batchId, externalId: `L-${i}`, sentAt: wallSentAt });
};
/** `lastPush`: the number of the last push sent before the import was matched */
const importing = { started: false, done: false, seconds: 0, lastPush: 0 };
/** Generated before the clock starts, and pushed through the web app as a client would, so the bench's own process stays idle enough to receive. */
const importRecords = importRows > 0 ? generateRecords({ rows: importRows, seed: 1 }) : [];
if (importRows > 0) await createSources();
const pushBatch: Accept = async (sourceKey, body) => {
  const res = await fetch(`http://127.0.0.1:${webPort}/api/sources/${sourceKey}/records`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  if (res.status !== 202) throw new Error(`import batch: HTTP ${res.status} ${await res.text()}`);
  return ((await res.json()) as { batchId: string }).batchId;
};
const runImport = async () => {
  importing.started = true;
  const startedAt = performance.now();
  const batchIds = await acceptRecords(importRecords, pushBatch);
  while ((await prisma.ingestBatch.count({ where: { id: { in: batchIds }, status: { notIn: ["DONE", "FAILED"] } } })) > 0) await sleep(500);
  importing.seconds = (performance.now() - startedAt) / 1000;
  importing.lastPush = pushes;
  importing.done = true;
};

const interval = 1000 / Number(values.rate);
const started = performance.now();
let pushes = 0;
for (; pushes < warmupPushes + changes || (importing.started && !importing.done); pushes++) {
  if (pushes === warmupPushes && importRows > 0) void runImport();
  void push(pushes);
  await sleep(Math.max(0, started + (pushes + 1) * interval - performance.now()));
}
for (let waited = 0; latencies.size < pushes && waited < 60_000; waited += 250) await sleep(250);

const measured = (from: number, to: number) => [...latencies].filter(([i]) => i >= from && i < to).map(([, ms]) => ms);
const figures = (values: number[]) => {
  const f = (p: number) => `${Math.round(percentile(values, p) ?? Number.NaN)} ms`;
  return `p50 ${f(50)}, p95 ${f(95)}, p99 ${f(99)}, max ${f(100)}`;
};
// With an import, the pushes sent while it was matched; the ones after it are the quiet figure again.
const last = importing.done ? importing.lastPush + 1 : pushes;
const steady = measured(warmupPushes, last);
const during = importing.done ? ` while ${importRows.toLocaleString("en-US")} records were imported (matched in ${importing.seconds.toFixed(1)} s)` : "";
console.log(`push → webhook received: ${steady.length} of ${last - warmupPushes} changes at ${values.rate}/s${during}; ${figures(steady)}; logs in ${logs}`);
if (last < pushes) console.log(`  the ${pushes - last} pushes after the import was matched, apart: ${figures(measured(last, pushes))}`);
console.log(`  the ${warmupPushes} pushes of the first ${values.warmup} s after start, apart: ${figures(measured(0, warmupPushes))}`);
const traced = [...timed].flatMap(([email, push]) => {
  const n = Number(email.match(/\d+/)?.[0]);
  return n >= warmupPushes && n < last && receivedAt.has(email) ? [{ ...push, receivedAt: receivedAt.get(email)! }] : [];
});
for (const line of await latencyStages(traced)) console.log(line);
await web.stop();
await worker.stop();
await loader.stop();
await receiver.close();
await closeQueues();
await closeDb();
