import type { ErrorExample } from "@/bench/metrics/sample-errors";
import type { MatchReport } from "./build-report";
import { num, pct, rate, table } from "./format-figures";

const tally = (t: Record<string, number>) =>
  Object.entries(t)
    .sort((a, b) => b[1] - a[1])
    .map(([k, v]) => `${k} ${num(v)}`)
    .join(", ") || "none";
const ms = (l: { p50: number | null; p95: number | null; p99: number | null }) => `${num(l.p50, 1)} / ${num(l.p95, 1)} / ${num(l.p99, 1)} ms`;

/** Prints the figures a person reads after a run: quality first, then speed, then where the misses come from. */
export function printReport(r: MatchReport): void {
  const figures: [string, string][] = [
    ["records / true customers / golden records", `${num(r.population.records)} / ${num(r.population.trueEntities)} / ${num(r.population.goldenRecords)}`],
    ["true pairs (inside one source)", `${num(r.population.truePairs)} (${num(r.population.sameSourceTruePairs)})`],
    ["look-alike customers (hard negatives)", tally(r.population.lookalikeEntities)],
    ["auto-merge precision", pct(r.autoMerge.precision)],
    ["auto-merge recall", pct(r.autoMerge.recall)],
    ["auto-merge F1", pct(r.autoMerge.f1)],
    ["merged pairs: correct / false", `${num(r.autoMerge.correctPairs)} / ${num(r.autoMerge.falseMerges)}`],
    ["false merges by relation", tally(r.autoMerge.falseMergesByRelation)],
    ["auto+suspect recall (direct suspects only)", pct(r.suspects.autoOrSuspectRecall)],
    ["open suspects (on real duplicates)", `${num(r.suspects.open)} (${pct(r.suspects.onRealDuplicates)})`],
    ["open suspects by truth", tally(r.suspects.byTruth)],
    ["suspects per true pair / per unmerged true pair", `${num(r.suspects.perTruePair, 3)} / ${num(r.suspects.perTruePairNotMerged, 3)}`],
    ["blocking recall (sampled true pairs)", `${pct(r.blocking.recall)} of ${num(r.blocking.sampledTruePairs)}`],
    ["candidate lookup p50 / p95 / p99, as ingested", ms(r.blocking.lookupMs)],
    ["candidate lookup p50 / p95 / p99, after VACUUM", ms(r.blocking.lookupMsAfterVacuum)],
    ["candidates per lookup (mean)", num(r.blocking.meanCandidates, 1)],
    ["ingest created / linked / suspect / rejected", `${num(r.ingest.created)} / ${num(r.ingest.linked)} / ${num(r.ingest.suspect)} / ${num(r.ingest.rejected)}`],
    ["matching throughput", `${num(r.timings.recordsPerSecond, 1)} records/s (${num(r.timings.matchSeconds, 1)} s, concurrency ${r.run.concurrency})`],
    ["generate / accept / lookups", `${num(r.timings.generateSeconds, 1)} s / ${num(r.timings.acceptSeconds, 1)} s / ${num(r.timings.lookupSeconds, 1)} s`],
  ];
  const shape = r.run.shape === "mixed" ? "" : `, shape ${r.run.shape}`;
  console.log(`\nMatching benchmark: ${num(r.run.rows)} rows, seed ${r.run.seed}${shape}, commit ${r.run.commit ?? "unknown"}\n`);
  console.log(table(["figure", "value"], figures, false));
  console.log(`\nNote: ${r.suspects.note}.`);
  console.log(`Note: blocking is ${r.blocking.note}.`);
  if (r.run.autovacuum !== "on") console.log("Note: autovacuum is off on this server, so ingest ran on the statistics the sweeper refreshes, as the worker does.");
  console.log("");
  console.log("Missed true pairs by corruption (a pair counts under every corruption of either record; 'alone' = pairs with that one difference only):\n");
  console.log(
    table(
      ["corruption", "pairs", "not merged", "%", "not merged/suspected", "%", "not blocked", "%", "alone", "alone not merged"],
      r.missedByCorruption.map((m) => [
        m.kind,
        num(m.pairs),
        num(m.missedAuto),
        rate(m.missedAuto, m.pairs),
        num(m.missedWithSuspects),
        rate(m.missedWithSuspects, m.pairs),
        num(m.blockingMissed),
        rate(m.blockingMissed, m.blockingSampled),
        num(m.alone),
        num(m.aloneMissedAuto),
      ]),
    ),
  );
}

function printExamples(title: string, examples: ErrorExample[]): void {
  if (!examples.length) return;
  console.log(`\n${title}:`);
  for (const e of examples) {
    console.log(`\n  ${e.why} (pair scores ${e.score.toFixed(4)})\n    ${e.left}\n    ${e.right}\n    ${e.evidence}`);
  }
}

/** The figures say how many decisions went wrong; a few read in full say which comparator or rule to fix. */
export function printErrorExamples(r: MatchReport): void {
  printExamples("Sample false merges (by relation of the two customers)", r.examples.falseMerges);
  printExamples("Sample true pairs left to a steward (by corruption)", r.examples.suspected);
  printExamples("Sample true pairs neither merged nor suspected (by corruption)", r.examples.unseen);
}
