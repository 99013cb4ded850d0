import { SingleBar } from "cli-progress";
import { waitForBatches, type BatchProgress, type ImportCounts } from "@/src/sources/csv/wait-for-batches";

const tty = process.stderr.isTTY === true;

function progressBar(): { update: (p: BatchProgress) => void; stop: () => void } {
  const bar = new SingleBar({
    stream: process.stderr,
    format: tty
      ? "matching [{bar}] {percentage}% | {value}/{total} records | {batchesDone}/{batches} batches | ETA {eta_formatted}"
      : "matching: {value}/{total} records ({percentage}%), {batchesDone}/{batches} batches done",
    noTTYOutput: true,
    notTTYSchedule: 5000,
    hideCursor: tty,
    // A finished bar stays on a terminal; in a log its last line already ended.
    clearOnComplete: !tty,
  });
  let started = false;
  return {
    update(p) {
      const payload = { batchesDone: p.batchesDone, batches: p.batches };
      if (!started) bar.start(p.total, p.processed, payload);
      else bar.setTotal(p.total);
      bar.update(p.processed, payload);
      started = true;
    },
    stop: () => started && bar.stop(),
  };
}

function printCounts(c: ImportCounts): void {
  const lines: [string, number][] = [
    ["rows read", c.rows],
    ["new golden records", c.created],
    ["auto-linked", c.linked],
    ["suspects", c.suspects],
    ["updated", c.updated],
    ["unchanged", c.unchanged],
    ["quarantined", c.quarantined],
  ];
  for (const [label, n] of lines) console.log(`${label.padEnd(20)}${n}`);
}

/** Shows matching progress on stderr and the outcome counts on stdout; returns the exit code. */
export async function followBatches(batchIds: string[]): Promise<number> {
  const bar = progressBar();
  const result = await waitForBatches({ batchIds, onProgress: bar.update }).finally(bar.stop);
  printCounts(result.counts);
  if (result.outcome === "failed") {
    console.error(`batch ${result.batchId} failed: ${result.error}`);
    return 1;
  }
  const { rows } = result.counts;
  console.error(`${rows} rows done in ${result.seconds.toFixed(1)} s (${Math.round(rows / Math.max(result.seconds, 0.001))} rows/s)`);
  return 0;
}
