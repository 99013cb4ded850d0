import { parseArgs } from "node:util";
import { percentile } from "@/bench/metrics/percentile";
import { systemPrincipal } from "@/src/auth/principal";
import { closeDb } from "@/src/db";
import { loadGoldenRecord } from "@/src/golden/load-golden-record";
import { editGoldenRecord } from "@/src/stewardship/edit-golden-record";
import { listOpenSuspects } from "@/src/stewardship/list-open-suspects";
import { mergeSuspect } from "@/src/stewardship/merge-suspect";
import { undoGoldenMerge } from "@/src/stewardship/undo-golden-merge";
import { prisma } from "@/src/db";
import { closeQueues } from "@/workers/contracts";
import { fillHub } from "./fill-hub";
import { measurePages } from "./measure-pages";

const { values } = parseArgs({
  options: { goldens: { type: "string", default: "1000000" }, suspects: { type: "string", default: "100000" }, runs: { type: "string", default: "200" }, pages: { type: "boolean", default: false } },
});
const goldens = Number(values.goldens);
const suspects = Number(values.suspects);
const runs = Number(values.runs);
const steward = { ...systemPrincipal("bench:steward"), kind: "user" as const, role: "STEWARD" as const };

/** Runs `work` `n` times one after another and reports p50/p95 in milliseconds. */
async function timed(label: string, n: number, work: (i: number) => Promise<unknown>): Promise<void> {
  const ms: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await work(i);
    ms.push(performance.now() - t);
  }
  const fmt = (p: number) => percentile(ms, p)!.toFixed(1);
  console.log(`${label.padEnd(44)} p50 ${fmt(50).padStart(7)} ms   p95 ${fmt(95).padStart(7)} ms   (${n} runs)`);
}

const fillStarted = performance.now();
await fillHub({ goldens, suspects });
console.log(`Filled ${goldens.toLocaleString("en-US")} golden records and ${suspects.toLocaleString("en-US")} open suspects in ${((performance.now() - fillStarted) / 1000).toFixed(0)} s`);

await timed("suspects queue, first page (50)", 50, () => listOpenSuspects({ take: 50 }));

const busy = `g${String(goldens).padStart(8, "0")}`;
for (let v = 2; v <= 50; v++) await editGoldenRecord({ goldenRecordId: busy, principal: steward, set: { city: `City ${v}` }, reason: `bench edit ${v}` });
await timed("record page data, 50 versions", 50, () => loadGoldenRecord({ id: busy }));

const open = await prisma.duplicateSuspect.findMany({ where: { status: "OPEN" }, orderBy: { id: "asc" }, take: runs, select: { id: true } });
const merged: string[] = [];
await timed("merge a suspect", open.length, async (i) => {
  const { survivorId, mergedId } = await mergeSuspect({ suspectId: open[i].id, principal: steward });
  merged.push((await prisma.goldenMerge.findFirstOrThrow({ where: { survivorId, mergedId }, select: { id: true } })).id);
});
await timed("undo a merge", merged.length, (i) => undoGoldenMerge({ mergeId: merged[i], principal: steward, reason: "bench" }));
await timed("correct a value", runs, (i) => editGoldenRecord({ goldenRecordId: `g${String(1000 + i).padStart(8, "0")}`, principal: steward, set: { city: "Elsewhere" }, reason: "bench" }));

if (values.pages) {
  const suspect = await prisma.duplicateSuspect.findFirstOrThrow({ where: { status: "OPEN" }, orderBy: { score: "desc" }, select: { id: true } });
  await measurePages({
    runs: 20,
    paths: [
      { label: "suspects page", path: "/suspects" },
      { label: "suspect compare page", path: `/suspects/${suspect.id}` },
      { label: "record page, 50 versions", path: `/golden/${busy}` },
    ],
  });
}

await closeQueues();
await closeDb();
