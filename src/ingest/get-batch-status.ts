import { can } from "@/src/auth/permissions";
import type { Principal } from "@/src/auth/principal";
import { prisma } from "@/src/db";
import { AppError } from "@/src/errors";

/**
 * Progress and outcome counts of one pushed batch, so a source can wait for
 * its records to be matched and learn which it sent too late (`stale`: an
 * older version than the one stored, ignored).
 */
export async function getBatchStatus(opts: { batchId: string; principal: Principal }) {
  const batch = await prisma.ingestBatch.findUnique({
    where: { id: opts.batchId },
    omit: { records: true },
    include: { source: { select: { key: true } } },
  });
  // Another source's batch is reported missing, not forbidden, so batch ids cannot be probed across sources.
  if (!batch || !can(opts.principal, "batches.read", { sourceId: batch.sourceId })) {
    throw new AppError("NOT_FOUND", `No ingest batch ${opts.batchId}.`);
  }
  const { source, sourceId: _sourceId, ...rest } = batch;
  return { ...rest, source: source.key };
}
