import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { toFlags, type MatchArgs } from "@/bench/match-args";
import { laneEnv } from "@/bench/lanes/lane-env";
import { comparePairs, recordsPlacedAlike } from "@/bench/metrics/co-membership";
import { readShapeResult, type ShapeResult } from "@/bench/report/shape-result";
import type { RunChild } from "@/bench/shapes/run-shapes";

/** How far the bulk lane's outcome moved from the real-time lane's on the same records in the same order. */
export type LaneComparison = {
  records: number;
  /** records whose golden record holds exactly the same other records in both lanes */
  placedAlike: number;
  pairs: { differ: number; either: number };
  suspects: { differ: number; either: number };
  seconds: { bulk: number; realTime: number };
  /** a few golden-record and suspect pairs only one lane made, to look up */
  examples: string[];
};

/** Up to `n` pairs one side has and the other lacks, marked with the lane that made them. */
function onlyInOne(realTime: readonly string[], bulk: readonly string[], n: number): string[] {
  const [r, b] = [new Set(realTime), new Set(bulk)];
  return [...[...r].filter((p) => !b.has(p)).map((p) => `real-time only: ${p}`), ...[...b].filter((p) => !r.has(p)).map((p) => `bulk only: ${p}`)].slice(0, n);
}

/**
 * Ingests the same generated records twice, each time in a fresh database
 * and the same batches: through the real-time lane (batch by batch, in
 * arrival order) and through the bulk lane, then compares which
 * records ended up together and which pairs were sent to review. Null when a
 * child run failed (it has printed why).
 */
export async function compareLanes(args: MatchArgs, run: RunChild): Promise<LaneComparison | null> {
  const dir = await mkdtemp(join(tmpdir(), "ghlanes-"));
  const child = async (lane: MatchArgs["lane"]): Promise<ShapeResult | null> => {
    const file = join(dir, `${lane}.json`);
    console.log(`\n=== ${args.rows.toLocaleString("en-US")} rows through the ${lane} lane ===`);
    const code = await run(toFlags({ ...args, compareLanes: false, lane, concurrency: 1, ingestOnly: true, result: file }), false, laneEnv(lane));
    return code === 0 ? readShapeResult(file) : null;
  };
  try {
    const realTime = await child("real-time");
    const bulk = realTime && (await child("bulk"));
    if (!realTime || !bulk) return null;
    return {
      records: realTime.records,
      placedAlike: recordsPlacedAlike(realTime.pairs, bulk.pairs, realTime.records),
      pairs: comparePairs(realTime.pairs, bulk.pairs),
      suspects: comparePairs(realTime.suspects, bulk.suspects),
      seconds: { bulk: bulk.matchSeconds ?? NaN, realTime: realTime.matchSeconds ?? NaN },
      examples: [...onlyInOne(realTime.pairs, bulk.pairs, 5), ...onlyInOne(realTime.suspects, bulk.suspects, 5).map((e) => `suspect, ${e}`)],
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The comparison as the benchmark prints it. */
export function printLaneComparison(c: LaneComparison): void {
  const pct = (n: number, of: number) => (of ? ((n / of) * 100).toFixed(3) : "100.000");
  console.log(`\nBulk lane against real-time lane, ${c.records.toLocaleString("en-US")} records in the same order:`);
  console.log(`  records in the same golden record: ${pct(c.placedAlike, c.records)}% (${(c.records - c.placedAlike).toLocaleString("en-US")} placed otherwise)`);
  console.log(`  golden-record pairs that differ: ${c.pairs.differ.toLocaleString("en-US")} of ${c.pairs.either.toLocaleString("en-US")}`);
  console.log(`  suspect pairs that differ: ${c.suspects.differ.toLocaleString("en-US")} of ${c.suspects.either.toLocaleString("en-US")}`);
  const rate = (s: number) => `${s.toFixed(1)} s (${Math.round(c.records / s).toLocaleString("en-US")} records/s)`;
  console.log(`  matching time: real-time lane ${rate(c.seconds.realTime)}, bulk lane ${rate(c.seconds.bulk)}`);
  for (const e of c.examples) console.log(`  ${e}`);
}
