import type { MatchArgs } from "@/bench/match-args";
import { num, pct, table } from "@/bench/report/format-figures";
import { printErrorExamples, printReport } from "@/bench/report/print-report";
import type { ShapeRun } from "./run-shapes";

const differing = (c: { differ: number; either: number }) => `${num(c.differ)} of ${num(c.either)} (${pct(c.either ? c.differ / c.either : 0)})`;

/**
 * The shapes side by side, then how each depends on arrival order, then
 * each shape's own report: one line per shape says where matching is weak,
 * the reports say why.
 */
export function printShapes(args: MatchArgs, runs: readonly ShapeRun[]): void {
  const commit = runs[0]?.report.run.commit ?? "unknown";
  console.log(`\nMatching benchmark by data shape: ${num(args.rows)} rows per shape, seed ${args.seed}, commit ${commit}\n`);
  console.log(
    table(
      ["shape", "records", "true pairs", "precision", "recall", "F1", "auto+suspect recall", "open suspects", "on real duplicates"],
      runs.map(({ shape, report: r }) => [
        shape,
        num(r.population.records),
        num(r.population.truePairs),
        pct(r.autoMerge.precision),
        pct(r.autoMerge.recall),
        pct(r.autoMerge.f1),
        pct(r.suspects.autoOrSuspectRecall),
        num(r.suspects.open),
        pct(r.suspects.onRealDuplicates),
      ]),
    ),
  );
  console.log("\nArrival order (each ingest in a fresh database; pairs = source records sharing a golden record):\n");
  for (const { shape, orders } of runs) {
    console.log(`  ${shape}, ${num(orders.rows)} rows: pairs that differ between arrival orders: ${differing(orders.reversed)}`);
    const same = orders.repeated.differ === 0 ? "identical" : `not identical, ${differing(orders.repeated)} pairs differ`;
    console.log(`  ${" ".repeat(shape.length)}  two runs in the same order: ${same}`);
  }
  for (const { report } of runs) {
    console.log(`\n${"=".repeat(100)}`);
    printReport(report);
    printErrorExamples(report);
  }
}
