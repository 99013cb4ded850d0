import { prisma } from "@/src/db";

/** What an import did, summed over its batches. */
export type ImportCounts = {
  rows: number;
  created: number;
  linked: number;
  /** records sent to review, each with a new golden record of its own */
  suspects: number;
  /** duplicate-suspect pairs created for stewards */
  suspectPairs: number;
  updated: number;
  unchanged: number;
  /** older than the version the hub holds, so ignored */
  stale: number;
  quarantined: number;
};

/** Records matched so far out of all the import's valid records. */
export type BatchProgress = { processed: number; total: number; batchesDone: number; batches: number };

/** One import's batches summed: what the terminal and the portal both show. */
export type BatchSums = BatchProgress & {
  counts: ImportCounts;
  failed: { batchId: string; error: string } | null;
  /** no worker has started any batch yet, though the first was stored this long ago */
  untouchedMs: number | null;
  /** from the first batch stored to the last one finished, in seconds */
  seconds: number;
};

/**
 * Reads an import's batches (without their records) and adds them up, so
 * `waitForBatches` and the portal's progress page count the same way.
 */
export async function sumImportBatches(batchIds: readonly string[], now = new Date()): Promise<BatchSums> {
  const batches = await prisma.ingestBatch.findMany({
    where: { id: { in: [...batchIds] } },
    omit: { records: true },
    orderBy: { createdAt: "asc" },
  });
  const sum = (pick: (b: (typeof batches)[number]) => number) => batches.reduce((n, b) => n + pick(b), 0);
  const counts: ImportCounts = {
    rows: sum((b) => b.total + b.rejected),
    created: sum((b) => b.created),
    linked: sum((b) => b.linked),
    suspects: sum((b) => b.suspects),
    suspectPairs: sum((b) => b.suspectPairs),
    updated: sum((b) => b.updated),
    unchanged: sum((b) => b.unchanged),
    stale: sum((b) => b.stale),
    quarantined: sum((b) => b.rejected),
  };
  const failed = batches.find((b) => b.status === "FAILED");
  const pending = batches.filter((b) => b.status !== "DONE");
  const untouched = pending.length > 0 && batches.every((b) => b.total === 0 || !b.startedAt);
  return {
    processed: sum((b) => b.processed),
    total: sum((b) => b.total),
    batchesDone: batches.length - pending.length,
    batches: batches.length,
    counts,
    failed: failed ? { batchId: failed.id, error: failed.error ?? "no error recorded" } : null,
    untouchedMs: untouched ? now.getTime() - pending[0].createdAt.getTime() : null,
    seconds: secondsSpent(batches),
  };
}

function secondsSpent(batches: { createdAt: Date; finishedAt: Date | null }[]): number {
  if (!batches.length) return 0;
  const first = Math.min(...batches.map((b) => b.createdAt.getTime()));
  const last = Math.max(...batches.map((b) => (b.finishedAt ?? b.createdAt).getTime()));
  return (last - first) / 1000;
}
