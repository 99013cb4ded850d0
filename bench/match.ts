import { fileURLToPath } from "node:url";
import { AppError } from "@/src/errors";
import { parseMatchArgs } from "./match-args";
import { measureInScratchDatabase } from "@/bench/setup/measure-in-scratch-database";
import { printShapes } from "@/bench/shapes/print-shapes";
import { runShapes } from "@/bench/shapes/run-shapes";
import { compareLanes, printLaneComparison } from "@/bench/lanes/compare-lanes";
import { laneEnv } from "@/bench/lanes/lane-env";

/*
 * `npm run bench:match -- --rows N`: measures matching quality and speed on a
 * labelled synthetic population. Each measuring run happens in a child
 * process with a scratch database and queue prefix of its own, because
 * src/env fixes DATABASE_URL when first imported; this process cleans up
 * after each even when the measuring crashes. With `--shape all` or
 * `--orders` it runs one child per shape and arrival order, then prints the
 * shapes side by side.
 */

const measuring = fileURLToPath(new URL("./measure/measure-match.ts", import.meta.url));

/** A million generated records and their stored copies are read back for the metrics; Node's default heap is too small for that. */
const HEAP_MB = 16384;

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  const args = parseMatchArgs(argv);
  const started = performance.now();
  const run = (childArgv: string[], keep: boolean, env?: Record<string, string>) => measureInScratchDatabase(measuring, childArgv, { keep, heapMb: HEAP_MB, env });
  let code: number;
  if (args.compareLanes) {
    const compared = await compareLanes(args, run);
    if (compared) printLaneComparison(compared);
    code = compared ? 0 : 1;
  } else if (args.shape === "all" || args.orders) {
    const shapes = await runShapes(args, run);
    if (shapes.code === 0) printShapes(args, shapes.runs);
    code = shapes.code;
  } else {
    code = await run(argv, args.keep, laneEnv(args.lane));
  }
  console.log(`Wall time ${((performance.now() - started) / 1000).toFixed(1)} s (database, migrations, generation, ingest, metrics).`);
  return code;
}

try {
  process.exitCode = await main();
} catch (err) {
  process.exitCode = 1;
  console.error(err instanceof AppError ? err.message : err);
}
