import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { parseArgs } from "node:util";
import { Receiver } from "@/bench/drill/receiver";
import { Service } from "@/bench/drill/service";
import { spareLoopbackPort } from "@/bench/drill/spare-port";
import { closeDb, prisma, sql } from "@/src/db";
import { webhookSecret } from "@/src/testing/fixtures";
import { closeQueues, enqueue } from "@/workers/contracts";
import { writeOutboxEvents } from "./outbox-events";

/*
 * The fan-out figure of issue 17: events in the outbox, ten subscribers on
 * loopback receivers that verify every signature, and the real worker
 * processes delivering; prints signed deliveries per second, and whether every
 * receiver got every event once and each record's versions in order.
 */
const { values } = parseArgs({
  options: { events: { type: "string", default: "100000" }, subscribers: { type: "string", default: "10" }, workers: { type: "string", default: "2" }, "per-record": { type: "string", default: "2" } },
});
const events = Number(values.events);
const subscriberCount = Number(values.subscribers);
const perRecord = Number(values["per-record"]);

const receivers: Receiver[] = [];
for (let i = 0; i < subscriberCount; i++) {
  const secret = webhookSecret();
  const receiver = new Receiver(await spareLoopbackPort(), secret);
  await receiver.up();
  receivers.push(receiver);
  await prisma.subscriber.create({ data: { name: `bench ${i}`, url: receiver.url, secret, eventTypes: [] } });
}
await prisma.webhookAllowlistEntry.create({ data: { pattern: "127.0.0.1", note: "bench receivers", createdBy: "bench" } });

let started = performance.now();
await writeOutboxEvents(events, perRecord);
console.log(`wrote ${events.toLocaleString("en")} events on ${Math.ceil(events / perRecord).toLocaleString("en")} records in ${((performance.now() - started) / 1000).toFixed(1)} s`);

const logs = mkdtempSync(path.join(tmpdir(), "goldenhub-fanout-"));
const root = path.resolve(import.meta.dirname, "../..");
const workers: Service[] = [];
for (let i = 0; i < Number(values.workers); i++) {
  const port = await spareLoopbackPort();
  const worker = new Service(`worker ${i}`, path.join(root, "node_modules/.bin/tsx"), [path.join(root, "workers/main.ts")], { WORKER_HEALTH_PORT: String(port) }, `http://127.0.0.1:${port}/`, path.join(logs, `worker-${i}.log`));
  await worker.start();
  workers.push(worker);
}

const expected = events * subscriberCount;
const received = () => receivers.reduce((n, r) => n + r.accepted.length, 0);
started = performance.now();
await enqueue("outbox.dispatch", {});
let last = -1;
let lastMoved = performance.now();
while (received() < expected && performance.now() - lastMoved < 60_000) {
  await sleep(1_000);
  const now = received();
  if (now !== last) [last, lastMoved] = [now, performance.now()];
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(`\r${now.toLocaleString("en")} / ${expected.toLocaleString("en")} delivered, ${Math.round(now / seconds).toLocaleString("en")}/s   `);
}
const seconds = (performance.now() - lastMoved > 60_000 ? lastMoved - started : performance.now() - started) / 1000;
console.log();

const outOfOrder = receivers.reduce((n, r) => {
  const latest = new Map<string, number>();
  for (const e of r.accepted) {
    if ((latest.get(e.goldenRecordId) ?? 0) > e.version) n++;
    latest.set(e.goldenRecordId, e.version);
  }
  return n;
}, 0);
const [{ failed }] = await sql<{ failed: number }[]>`SELECT count(*)::int AS failed FROM "Delivery" WHERE status = 'FAILED'`;
console.log(`fan-out: ${received().toLocaleString("en")} of ${expected.toLocaleString("en")} signed deliveries in ${seconds.toFixed(1)} s = ${Math.round(received() / seconds).toLocaleString("en")} deliveries/s`);
console.log(`  ${subscriberCount} subscribers, ${values.workers} worker processes; repeats ${receivers.reduce((n, r) => n + r.repeats, 0)}, bad signatures ${receivers.reduce((n, r) => n + r.badSignatures, 0)}, out of order ${outOfOrder}, failed ${failed}; worker logs in ${logs}`);

for (const w of workers) await w.stop();
for (const r of receivers) await r.down();
await closeQueues();
await closeDb();
