import { parseArgs } from "node:util";
import { fillHub } from "@/bench/stewardship/fill-hub";
import { percentile } from "@/bench/metrics/percentile";
import { closeDb, sql } from "@/src/db";
import { BULK_MERGE_LIMIT } from "@/src/stewardship/bulk-merge/bulk-merge-input";
import { countOpenSuspects, listOpenSuspects } from "@/src/stewardship/list-open-suspects";
import type { QueueSort, SuspectQueueFilter } from "@/src/stewardship/queue/suspect-queue-filter";
import { closeQueues } from "@/workers/contracts";
import { varyQueue } from "./vary-queue";

const { values } = parseArgs({ options: { goldens: { type: "string", default: "200000" }, suspects: { type: "string", default: "100000" }, runs: { type: "string", default: "30" } } });
const goldens = Number(values.goldens);
const suspects = Number(values.suspects);
const runs = Number(values.runs);

/** Times `work` `runs` times one after another and prints p50/p95 in milliseconds with the rows it found. */
async function timed(label: string, work: () => Promise<{ total: number }>): Promise<void> {
  const ms: number[] = [];
  let total = 0;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    total = (await work()).total;
    ms.push(performance.now() - t);
  }
  const fmt = (p: number) => percentile(ms, p)!.toFixed(1);
  console.log(`${label.padEnd(40)} p50 ${fmt(50).padStart(7)} ms   p95 ${fmt(95).padStart(7)} ms   ${total.toLocaleString("en-US").padStart(8)} rows`);
}

const fillStarted = performance.now();
await fillHub({ goldens, suspects });
const { stewardId } = await varyQueue();
console.log(`Filled ${goldens.toLocaleString("en-US")} golden records and ${suspects.toLocaleString("en-US")} open suspects in ${((performance.now() - fillStarted) / 1000).toFixed(0)} s`);

const page = (filter: SuspectQueueFilter, sort?: QueueSort, after?: string) => () => listOpenSuspects({ filter, sort, after, take: 50 });
let deep: string | undefined;
for (let i = 0; i < 100; i++) deep = (await listOpenSuspects({ take: 50, after: deep })).nextCursor ?? undefined;
const [{ email }] = await sql<{ email: string }[]>`SELECT standardized->>'email' AS email FROM "SourceRecord" WHERE id = 's00000777'`;

await timed("default (score, highest first)", page({}));
await timed("page 101 by keyset", page({}, "score-desc", deep));
await timed("score, lowest first", page({}, "score-asc"));
await timed("oldest first", page({}, "oldest"));
await timed("newest first", page({}, "newest"));
await timed("score band 40-60%", page({ minScore: 0.395, maxScore: 0.605 }));
await timed("source erp", page({ source: "erp" }));
await timed("organizations", page({ entity: "organization" }));
await timed("assigned to a steward", page({ assigneeId: stewardId }));
await timed("unassigned", page({ unassigned: true }));
await timed("deferred only", page({ deferred: true }));
await timed("search common name (Müller)", page({ search: "Müller" }));
await timed("search rare name (Jensen 9876)", page({ search: "Jensen 9876" }));
await timed("search email", page({ search: email }));
await timed("search + source + band", page({ search: "Nowak", source: "erp", minScore: 0.5 }));
await timed("bulk merge count, score >= 85%", async () => ({ total: await countOpenSuspects({ filter: { minScore: 0.85 }, cap: BULK_MERGE_LIMIT }) }));
await timed("bulk merge count, erp, score >= 85%", async () => ({ total: await countOpenSuspects({ filter: { minScore: 0.85, source: "erp" }, cap: BULK_MERGE_LIMIT }) }));

await closeQueues();
await closeDb();
