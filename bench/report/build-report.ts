import type { MatchArgs } from "@/bench/match-args";
import type { Outcome } from "@/bench/measure/load-outcome";
import type { Lookups } from "@/bench/measure/time-lookups";
import { buildContingency, countPairs } from "@/bench/metrics/count-pairs";
import { falseMergesByRelation, suspectsByTruth, type Relations } from "@/bench/metrics/judge-lookalikes";
import { goldenPairKey, judgeTruePairs } from "@/bench/metrics/judge-true-pairs";
import { missedByCorruption } from "@/bench/metrics/missed-by-corruption";
import { percentile } from "@/bench/metrics/percentile";
import { sampleErrors } from "@/bench/metrics/sample-errors";
import type { MatchModel } from "@/src/matching/model/match-model";
import type { StoredWithTruth } from "@/bench/measure/label-records";
import { f1, share } from "@/bench/metrics/ratios";
import { sumTruePairs } from "@/bench/metrics/sum-true-pairs";

export type ReportInputs = {
  args: MatchArgs;
  startedAt: Date;
  commit: string | null;
  seconds: { generate: number; accept: number; match: number; lookups: number };
  outcome: Outcome;
  labelled: StoredWithTruth[];
  trueEntities: number;
  relations: Relations;
  lookups: Lookups;
  /** the same lookups again after VACUUM ANALYZE */
  settledLookupsMs: number[];
  autovacuum: string;
  /** the model matching ended with, to show the evidence of wrong decisions */
  model: MatchModel;
};

const mean = (xs: readonly number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);
const latency = (ms: readonly number[]) => ({ p50: percentile(ms, 50), p95: percentile(ms, 95), p99: percentile(ms, 99), mean: mean(ms) });

/** Every figure of one run, in the shape written to JSON and printed, so runs can be compared file to file. */
export function buildReport(i: ReportInputs) {
  const pairs = countPairs(buildContingency(i.labelled));
  const openSuspects = new Set(i.outcome.openSuspects.map((s) => goldenPairKey(s.leftId, s.rightId)));
  const judged = judgeTruePairs(i.labelled, openSuspects, i.lookups.candidates);
  const totals = sumTruePairs(judged);
  const suspectTruth = suspectsByTruth(i.labelled, i.outcome.openSuspects, i.relations);
  const lookalikes: Record<string, number> = {};
  for (const { relation } of i.relations.values()) lookalikes[relation] = (lookalikes[relation] ?? 0) + 1;
  const precision = share(pairs.agreed, pairs.predicted);
  const recall = share(pairs.agreed, pairs.truth);
  const { result: _resultFile, ...args } = i.args;
  return {
    run: { ...args, commit: i.commit, startedAt: i.startedAt.toISOString(), autovacuum: i.autovacuum },
    timings: {
      generateSeconds: i.seconds.generate,
      acceptSeconds: i.seconds.accept,
      matchSeconds: i.seconds.match,
      recordsPerSecond: i.labelled.length / i.seconds.match,
      lookupSeconds: i.seconds.lookups,
    },
    ingest: i.outcome.batches,
    population: {
      records: i.labelled.length,
      trueEntities: i.trueEntities,
      goldenRecords: i.outcome.goldenRecords,
      truePairs: pairs.truth,
      sameSourceTruePairs: totals.sameSource,
      lookalikeEntities: lookalikes,
    },
    autoMerge: {
      predictedPairs: pairs.predicted,
      correctPairs: pairs.agreed,
      falseMerges: pairs.predicted - pairs.agreed,
      falseMergesByRelation: falseMergesByRelation(i.labelled, i.relations),
      missedPairs: pairs.truth - pairs.agreed,
      precision,
      recall,
      f1: f1(precision, recall),
    },
    suspects: {
      open: openSuspects.size,
      onRealDuplicates: share(suspectTruth.duplicate ?? 0, openSuspects.size),
      byTruth: suspectTruth,
      autoOrSuspectRecall: share(totals.mergedOrSuspected, totals.truePairs),
      perTruePair: share(openSuspects.size, pairs.truth),
      perTruePairNotMerged: share(openSuspects.size, pairs.truth - pairs.agreed),
      note: "a true pair counts as suspected only when one open suspect joins its two golden records directly; chains through a third golden record are not counted",
    },
    blocking: {
      sampledRecords: i.lookups.durationsMs.length,
      sampledTruePairs: totals.blockingSampled,
      found: totals.blockingFound,
      recall: share(totals.blockingFound, totals.blockingSampled),
      lookupMs: latency(i.lookups.durationsMs),
      lookupMsAfterVacuum: latency(i.settledLookupsMs),
      meanCandidates: mean(i.lookups.candidateCounts),
      note: "measured after every record is stored: the blocking a record meets against the full store; records of whole customers held more than once, sampled at random; timed once on the store as ingest left it and once after VACUUM ANALYZE (fresh statistics, dead rows gone)",
    },
    missedByCorruption: missedByCorruption(judged),
    examples: sampleErrors(i.labelled, i.relations, openSuspects, i.model, { count: i.args.examples, seed: i.args.seed }),
  };
}

export type MatchReport = ReturnType<typeof buildReport>;
