import { execFileSync } from "node:child_process";
import { systemPrincipal } from "@/src/auth/principal";
import { closeDb } from "@/src/db";
import { env } from "@/src/env";
import { AppError } from "@/src/errors";
import { closeQueues } from "@/workers/contracts";
import { generateRecords } from "@/bench/generate/generate-records";
import { parseMatchArgs, type MatchArgs } from "@/bench/match-args";
import type { BenchRecord } from "@/bench/generate/types";
import { judgeTruePairs } from "@/bench/metrics/judge-true-pairs";
import { percentile } from "@/bench/metrics/percentile";
import { sumTruePairs } from "@/bench/metrics/sum-true-pairs";
import { coMembershipPairs, suspectPairsByMembers } from "@/bench/metrics/co-membership";
import { buildReport } from "@/bench/report/build-report";
import { printErrorExamples, printReport } from "@/bench/report/print-report";
import { writeShapeResult, type ShapeResult } from "@/bench/report/shape-result";
import { writeReport } from "@/bench/report/write-report";
import { activateModel } from "@/src/matching/model/activate-model";
import { loadActiveModel } from "@/src/matching/model/load-active-model";
import { retrainModel } from "@/src/matching/model/retrain-model";
import { acceptRecords } from "./accept-records";
import { createSources } from "./create-sources";
import { labelRecords } from "./label-records";
import { loadOutcome, type Outcome } from "./load-outcome";
import { processBatches } from "./process-batches";
import { sampleDuplicated } from "./sample-duplicated";
import { showIngestProgress } from "./show-progress";
import { storeUnmatched } from "./store-unmatched";
import { timeLookups } from "./time-lookups";
import { autovacuumSetting, vacuumStore } from "./vacuum-store";

// The measuring half of `npm run bench:match`: bench/match.ts starts it with DATABASE_URL and QUEUE_PREFIX naming a fresh database and prefix.

const seconds = (since: number) => (performance.now() - since) / 1000;

function currentCommit(): string | null {
  try {
    return execFileSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return null;
  }
}

/**
 * `--store-only`: every record stored as its own customer, then blocking
 * timed and its recall measured against that store. Matching a million
 * records takes hours on two cores; storing them takes minutes.
 */
async function measureBlockingOnly(args: MatchArgs, generated: BenchRecord[], commit: string | null): Promise<void> {
  const t = performance.now();
  await storeUnmatched(generated, (done) => {
    if (done % 100_000 === 0 || done === generated.length) console.log(`stored ${done.toLocaleString("en-US")} records (${seconds(t).toFixed(0)} s)`);
  });
  const outcome = await loadOutcome();
  const labelled = labelRecords(outcome.records, generated);
  const sample = sampleDuplicated(labelled, args.lookupSamples, args.seed);
  await vacuumStore();
  const lookups = await timeLookups(sample, "blocking (after VACUUM ANALYZE)");
  const judged = judgeTruePairs(labelled, new Set(), lookups.candidates);
  const totals = sumTruePairs(judged);
  const ms = (p: number) => percentile(lookups.durationsMs, p)?.toFixed(1);
  console.log(`\nBlocking against ${labelled.length.toLocaleString("en-US")} stored records (seed ${args.seed}, commit ${commit ?? "unknown"}):`);
  console.log(`  blocking recall ${((totals.blockingFound / totals.blockingSampled) * 100).toFixed(2)}% of ${totals.blockingSampled} sampled true pairs`);
  console.log(`  candidate lookup p50 / p95 / p99 ${ms(50)} / ${ms(95)} / ${ms(99)} ms over ${lookups.durationsMs.length} lookups`);
}

/** Where the records landed, by names that survive into another database. */
const placement = (report: ShapeResult["report"], outcome: Outcome): ShapeResult => ({
  report,
  pairs: coMembershipPairs(outcome.records),
  suspects: suspectPairsByMembers(outcome.records, outcome.openSuspects),
  records: outcome.records.length,
});

/**
 * `--ingest-only`: the records matched in the given arrival order and where
 * each landed written to the result file, for bench/match.ts to compare with
 * another order or a repeat of the same one.
 */
async function ingestOnly(args: MatchArgs, arrival: BenchRecord[], result: string): Promise<void> {
  const batchIds = await acceptRecords(arrival);
  const stopProgress = showIngestProgress(arrival.length);
  const t = performance.now();
  await processBatches(batchIds, args.concurrency).finally(stopProgress);
  const matchSeconds = seconds(t);
  const outcome = await loadOutcome();
  await writeShapeResult(result, { ...placement(null, outcome), matchSeconds });
}

async function measure(): Promise<void> {
  const args = parseMatchArgs(process.argv.slice(2));
  if (!new URL(env.DATABASE_URL).pathname.startsWith("/goldenhub_bench_")) {
    throw new AppError("BAD_REQUEST", "This is the measuring half of the benchmark and writes thousands of records; run it through `npm run bench:match`, which gives it a scratch database.");
  }
  if (args.shape === "all") throw new AppError("BAD_REQUEST", "The measuring half runs one shape; `npm run bench:match` runs each shape in turn.");
  const startedAt = new Date();
  // Read now: a run at a million rows takes an hour, and the code measured is the code checked out when it began.
  const commit = currentCommit();

  let t = performance.now();
  const generated = generateRecords({ rows: args.rows, seed: args.seed, shape: args.shape });
  const generate = seconds(t);
  const arrival = args.arrival === "reversed" ? [...generated].reverse() : generated;

  await createSources();
  if (args.storeOnly) return measureBlockingOnly(args, generated, commit);
  if (args.ingestOnly && args.result) return ingestOnly(args, arrival, args.result);
  t = performance.now();
  const batchIds = await acceptRecords(arrival);
  const accept = seconds(t);

  const stopProgress = showIngestProgress(generated.length);
  t = performance.now();
  const trainUpTo = Math.round(batchIds.length * args.trainShare);
  const retrained = await (async () => {
    await processBatches(batchIds.slice(0, trainUpTo), args.concurrency);
    if (trainUpTo === 0) return null;
    const bench = systemPrincipal("bench");
    const draft = await retrainModel({ principal: bench });
    await activateModel({ modelId: draft.id, principal: bench });
    return `v${draft.version} after ${trainUpTo} of ${batchIds.length} batches`;
  })();
  await processBatches(batchIds.slice(trainUpTo), args.concurrency).finally(stopProgress);
  const match = seconds(t);
  if (retrained) console.log(`
retrained and activated model ${retrained}`);

  const outcome = await loadOutcome();
  const labelled = labelRecords(outcome.records, generated);

  const sample = sampleDuplicated(labelled, args.lookupSamples, args.seed);
  t = performance.now();
  const lookups = await timeLookups(sample, "blocking (as ingested)");
  const lookupSeconds = seconds(t);
  const autovacuum = await autovacuumSetting();
  await vacuumStore();
  const settled = await timeLookups(sample, "blocking (after VACUUM ANALYZE)");

  const relations = new Map(generated.flatMap((g) => (g.lookalikeOf ? [[g.entityId, g.lookalikeOf] as const] : [])));
  const { model } = await loadActiveModel({ fresh: true });

  const report = buildReport({
    args,
    startedAt,
    commit,
    seconds: { generate, accept, match, lookups: lookupSeconds },
    outcome,
    labelled,
    trueEntities: new Set(generated.map((g) => g.entityId)).size,
    relations,
    lookups,
    settledLookupsMs: settled.durationsMs,
    autovacuum,
    model,
  });
  const written = await writeReport(report);
  if (args.result) {
    await writeShapeResult(args.result, placement(report, outcome));
    return;
  }
  printReport(report);
  printErrorExamples(report);
  console.log(`\nWritten to ${written}`);
}

try {
  await measure();
  // resourceUsage reports kilobytes; the generated population and its stored copies are part of it, as in the worker they are not.
  console.log(`Peak memory of the measuring process (generation, ingest and metrics): ${Math.round(process.resourceUsage().maxRSS / 1024).toLocaleString("en-US")} MB RSS`);
} catch (err) {
  process.exitCode = 1;
  console.error(err instanceof AppError ? err.message : err);
} finally {
  await Promise.all([closeDb(), closeQueues()]);
}
