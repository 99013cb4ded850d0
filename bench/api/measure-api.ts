import autocannon from "autocannon";
import path from "node:path";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { parseArgs } from "node:util";
import { ensureBuild } from "@/bench/drill/ensure-build";
import { Service } from "@/bench/drill/service";
import { spareLoopbackPort } from "@/bench/drill/spare-port";
import { createApiToken } from "@/src/auth/api-tokens";
import { closeDb, sql } from "@/src/db";

/*
 * The API figure of issue 17: goldenRecord(id) for random ids at N
 * concurrent clients against a store of `goldens` golden records, beside a
 * bare Yoga hello-world under the same load in the same run.
 */
const { values } = parseArgs({
  options: {
    goldens: { type: "string", default: "1000000" },
    seconds: { type: "string", default: "30" },
    connections: { type: "string", default: "64" },
    via: { type: "string", default: "next" },
  },
});
const goldens = Number(values.goldens);
const root = path.resolve(import.meta.dirname, "../..");
const logs = mkdtempSync(path.join(tmpdir(), "goldenhub-api-"));

let started = performance.now();
for (let from = 0; from < goldens; from += 200_000) {
  await sql`
    INSERT INTO "GoldenRecord" (id, "displayName", attributes, lineage, version, "createdAt", "updatedAt")
    SELECT 'g' || n, 'Customer ' || n,
      jsonb_build_object('firstName', 'Anna', 'lastName', 'Customer ' || n, 'email', 'c' || n || '@example.com', 'city', 'Utrecht', 'country', 'NL'),
      '{}'::jsonb, 1, now(), now()
    FROM generate_series(${from}::int, ${Math.min(goldens, from + 200_000) - 1}::int) n`;
}
await sql`ANALYZE "GoldenRecord"`;
console.log(`stored ${goldens.toLocaleString("en")} golden records in ${((performance.now() - started) / 1000).toFixed(0)} s`);
const { secret } = await createApiToken({ name: "bench", role: "VIEWER" });

async function server(which: "hub" | "hello"): Promise<{ url: string; service: Service }> {
  const port = await spareLoopbackPort();
  const tsx = path.join(root, "node_modules/.bin/tsx");
  const service =
    which === "hub" && values.via === "next"
      ? new Service("web", path.join(root, "node_modules/.bin/next"), ["start", "-p", String(port)], {}, `http://127.0.0.1:${port}/login`, path.join(logs, "web.log"))
      : new Service(which, tsx, [path.join(root, "bench/api/serve-yoga.ts"), which, String(port)], { NODE_ENV: "production" }, `http://127.0.0.1:${port}/api/graphql?query=%7B__typename%7D`, path.join(logs, `${which}.log`));
  if (which === "hub" && values.via === "next") await ensureBuild();
  await service.start();
  return { url: which === "hello" ? `http://127.0.0.1:${port}/graphql` : `http://127.0.0.1:${port}/api/graphql`, service };
}

async function load(url: string, body: () => string): Promise<{ rps: number; p50: number; p90: number; p975: number; errors: number }> {
  const result = await autocannon({
    url,
    method: "POST",
    connections: Number(values.connections),
    duration: Number(values.seconds),
    headers: { "content-type": "application/json", authorization: `Bearer ${secret}` },
    requests: [{ setupRequest: (req) => ({ ...req, body: body() }) }],
  });
  // autocannon reports p90 and p97.5, which bound p95.
  return { rps: result.requests.average, p50: result.latency.p50, p90: result.latency.p90, p975: result.latency.p97_5, errors: result.errors + result.non2xx };
}

const hello = await server("hello");
const baseline = await load(hello.url, () => JSON.stringify({ query: "{ hello }" }));
await hello.service.stop();

const hub = await server("hub");
const query = "query ($id: ID!) { goldenRecord(id: $id) { id displayName status attributes { email city country } } }";
// A first pass warms the process (JIT, pools) as a running server is warm.
await fetch(hub.url, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${secret}` }, body: JSON.stringify({ query, variables: { id: "g1" } }) });
started = performance.now();
const measured = await load(hub.url, () => JSON.stringify({ query, variables: { id: `g${Math.floor(Math.random() * goldens)}` } }));
await hub.service.stop();

const line = (name: string, r: typeof measured) =>
  `${name.padEnd(34)} ${Math.round(r.rps).toLocaleString("en").padStart(7)} req/s   p50 ${String(r.p50).padStart(4)} ms   p90 ${String(r.p90).padStart(4)} ms   p97.5 ${String(r.p975).padStart(4)} ms   errors ${r.errors}`;
console.log(line("Yoga hello-world", baseline));
console.log(line(`goldenRecord(id) via ${values.via}, ${goldens.toLocaleString("en")}`, measured));
console.log(`ratio ${(measured.rps / baseline.rps).toFixed(3)} of hello-world at ${values.connections} connections for ${values.seconds} s; logs in ${logs}`);
await closeDb();
