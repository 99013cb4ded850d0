import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { parseArgs } from "node:util";
import { startReceiver } from "@/demo/webhook-receiver";
import { ensureBuild } from "@/bench/drill/ensure-build";
import { Service } from "@/bench/drill/service";
import { spareLoopbackPort } from "@/bench/drill/spare-port";
import { percentile } from "@/bench/metrics/percentile";
import { createApiToken } from "@/src/auth/api-tokens";
import { closeDb, prisma } from "@/src/db";
import { webhookSecret } from "@/src/testing/fixtures";

/*
 * The latency figure of issue 17: `changes` single-record pushes to the REST
 * ingest at `rate` per second, each a new customer, timed from the request
 * until the subscriber verified its golden.created webhook.
 */
const { values } = parseArgs({ options: { changes: { type: "string", default: "1000" }, rate: { type: "string", default: "20" } } });
const changes = Number(values.changes);
const root = path.resolve(import.meta.dirname, "../..");
const logs = mkdtempSync(path.join(tmpdir(), "goldenhub-latency-"));

const sentAt = new Map<string, number>();
const latencies: number[] = [];
const secret = webhookSecret();
const receiver = await startReceiver({
  secret,
  onEvent: (e) => {
    const key = (e.data.attributes as Record<string, string> | undefined)?.email;
    const start = key ? sentAt.get(key) : undefined;
    if (e.type === "golden.created" && start !== undefined) latencies.push(performance.now() - start);
  },
});
await prisma.subscriber.create({ data: { name: "latency receiver", url: receiver.url, secret, eventTypes: ["golden.created"] } });
await prisma.webhookAllowlistEntry.create({ data: { pattern: new URL(receiver.url).host, note: "bench receiver", createdBy: "bench" } });
await prisma.source.create({ data: { key: "bench-crm", name: "Bench CRM", kind: "CRM" } });
const { secret: token } = await createApiToken({ name: "bench", role: "STEWARD" });

await ensureBuild();
const [webPort, healthPort] = [await spareLoopbackPort(), await spareLoopbackPort()];
const worker = new Service("worker", path.join(root, "node_modules/.bin/tsx"), [path.join(root, "workers/main.ts")], { WORKER_HEALTH_PORT: String(healthPort) }, `http://127.0.0.1:${healthPort}/`, path.join(logs, "worker.log"));
const web = new Service("web", path.join(root, "node_modules/.bin/next"), ["start", "-p", String(webPort)], {}, `http://127.0.0.1:${webPort}/login`, path.join(logs, "web.log"));
await worker.start();
await web.start();

const push = async (i: number) => {
  const email = `latency-${i}@bench.example`;
  sentAt.set(email, performance.now());
  const res = await fetch(`http://127.0.0.1:${webPort}/api/sources/bench-crm/records`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ records: [{ externalId: `L-${i}`, attributes: { firstName: "Lat", lastName: `Ency${i}x${i * 7919}`, email, city: "Utrecht", country: "NL" } }] }),
  });
  if (res.status !== 202) console.error(`push ${i}: HTTP ${res.status} ${await res.text()}`);
};
const interval = 1000 / Number(values.rate);
const started = performance.now();
for (let i = 0; i < changes; i++) {
  void push(i);
  await sleep(Math.max(0, started + (i + 1) * interval - performance.now()));
}
for (let waited = 0; latencies.length < changes && waited < 60_000; waited += 250) await sleep(250);

const f = (p: number) => `${Math.round(percentile(latencies, p) ?? Number.NaN)} ms`;
console.log(`push → webhook received: ${latencies.length} of ${changes} changes at ${values.rate}/s; p50 ${f(50)}, p95 ${f(95)}, p99 ${f(99)}, max ${f(100)}; logs in ${logs}`);
await web.stop();
await worker.stop();
await receiver.close();
await closeDb();
