import cliProgress from "cli-progress";
import { prisma } from "@/src/db";

/**
 * A progress bar of records matched, read from the batches' own counters
 * (processBatch saves them as it goes), so it shows what really committed.
 * Returns a function that draws the final count and removes the bar.
 */
export function showIngestProgress(total: number): () => Promise<void> {
  const bar = new cliProgress.SingleBar(
    { format: "matching {bar} {value}/{total} records | {rate} rec/s | {duration_formatted}", noTTYOutput: true, notTTYSchedule: 10_000 },
    cliProgress.Presets.shades_classic,
  );
  const started = performance.now();
  bar.start(total, 0, { rate: "0" });
  const draw = async () => {
    const sum = await prisma.ingestBatch.aggregate({ _sum: { processed: true } });
    const done = sum._sum.processed ?? 0;
    bar.update(done, { rate: (done / ((performance.now() - started) / 1000)).toFixed(0) });
  };
  let drawing = Promise.resolve();
  const timer = setInterval(() => {
    drawing = drawing.then(draw).catch(() => {});
  }, 500);
  return async () => {
    clearInterval(timer);
    await drawing;
    await draw();
    bar.stop();
  };
}
