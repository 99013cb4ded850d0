import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { shapes, type Shape } from "@/bench/generate/shapes";
import { laneEnv } from "@/bench/lanes/lane-env";
import { toFlags, type MatchArgs } from "@/bench/match-args";
import { comparePairs } from "@/bench/metrics/co-membership";
import type { MatchReport } from "@/bench/report/build-report";
import { readShapeResult, type ShapeResult } from "@/bench/report/shape-result";

/** `--shape all` checks arrival order at this size unless `--orders` asks for the full one: three more ingests per shape, at a fraction of the time. */
const ORDER_ROWS_IN_ALL = 5000;

/** How far matching depends on the order records arrive in: against the opposite order, and against the same order once more. */
export type OrderCheck = {
  rows: number;
  reversed: { differ: number; either: number };
  repeated: { differ: number; either: number };
};

export type ShapeRun = { shape: Shape; report: MatchReport; orders: OrderCheck };

/** Runs one child in a scratch database of its own, with `env` added to its environment, and says how it exited. */
export type RunChild = (argv: string[], keep: boolean, env?: Record<string, string>) => Promise<number>;

/**
 * Measures each asked-for shape in its own database, then ingests the same
 * records again in the opposite order and once more in the same order, each
 * in a fresh database, and compares which records ended up together.
 * bench/match.ts calls this only for `--shape all` or `--orders`.
 */
export async function runShapes(args: MatchArgs, run: RunChild): Promise<{ code: number; runs: ShapeRun[] }> {
  const dir = await mkdtemp(join(tmpdir(), "ghbench-"));
  const runs: ShapeRun[] = [];
  const child = async (file: string, childArgs: MatchArgs, keep = false): Promise<ShapeResult> => {
    const code = await run(toFlags({ ...childArgs, orders: false, result: join(dir, file) }), keep, laneEnv(childArgs.lane));
    if (code !== 0) throw new ChildFailed(code);
    return readShapeResult(join(dir, file));
  };
  try {
    for (const shape of args.shape === "all" ? shapes : [args.shape]) {
      console.log(`\n=== shape ${shape}: measuring ${args.rows.toLocaleString("en-US")} rows ===`);
      const main = await child(`${shape}.json`, { ...args, shape }, args.keep);
      const rows = args.shape === "all" && !args.orders ? Math.min(args.rows, ORDER_ROWS_IN_ALL) : args.rows;
      const ingest = (arrival: "forward" | "reversed", name: string) => {
        console.log(`\n=== shape ${shape}: ${rows.toLocaleString("en-US")} rows arriving ${arrival}, ${name} ===`);
        return child(`${shape}-${arrival}-${name}.json`, { ...args, shape, rows, arrival, ingestOnly: true });
      };
      const forward = rows === args.rows ? main : await ingest("forward", "first");
      const repeated = await ingest("forward", "again");
      const reversed = await ingest("reversed", "once");
      const orders = { rows, reversed: comparePairs(forward.pairs, reversed.pairs), repeated: comparePairs(forward.pairs, repeated.pairs) };
      runs.push({ shape, report: main.report!, orders });
    }
    return { code: 0, runs };
  } catch (err) {
    if (err instanceof ChildFailed) return { code: err.code, runs };
    throw err;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** A child run exited non-zero; it has printed why, and its exit code becomes the benchmark's. */
class ChildFailed extends Error {
  constructor(readonly code: number) {
    super(`child run exited with ${code}`);
  }
}
