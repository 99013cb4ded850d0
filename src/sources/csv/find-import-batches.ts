import { z } from "zod";
import { prisma } from "@/src/db";
import { AppError } from "@/src/errors";
import { invalidOptions } from "./invalid-options";

const sinceSchema = z.iso.datetime({ offset: true, message: "must be an ISO 8601 date-time such as 2026-05-01T09:30:00Z" });

/**
 * Finds the batches one import stored: those of its source created since the
 * import started. An import prints exactly these two values, so a person can
 * come back later and follow the import without keeping a list of batch ids.
 */
export async function findImportBatches(opts: { sourceKey: string; since: string }): Promise<string[]> {
  const since = sinceSchema.safeParse(opts.since);
  if (!since.success) throw invalidOptions({ since: "The start time" }, [{ path: "since", message: since.error.issues[0].message }]);
  const source = await prisma.source.findUnique({ where: { key: opts.sourceKey }, select: { id: true } });
  if (!source) throw new AppError("NOT_FOUND", `No source with key '${opts.sourceKey}'.`);
  const batches = await prisma.ingestBatch.findMany({
    where: { sourceId: source.id, createdAt: { gte: new Date(since.data) } },
    select: { id: true },
    orderBy: { createdAt: "asc" },
  });
  if (!batches.length) throw new AppError("NOT_FOUND", `Source '${opts.sourceKey}' has no batches since ${since.data}.`);
  return batches.map((b) => b.id);
}
