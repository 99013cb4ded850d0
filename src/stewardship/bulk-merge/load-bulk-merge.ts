import { z } from "zod";
import { prisma } from "@/src/db";
import { bulkMergeKind } from "./bulk-merge-input";

export type BulkMergeProgress = { id: string; status: string; total: number; done: number; failed: number; errors: { suspectId?: string; reason: string }[] };

const errorsSchema = z.array(z.object({ suspectId: z.string().optional(), reason: z.string() })).catch([]);

/** A bulk merge's progress for its progress bar, without its (possibly long) list of suspects; the first failures only. */
export async function loadBulkMerge({ id, errors = 10 }: { id: string; errors?: number }): Promise<BulkMergeProgress | null> {
  const row = await prisma.bulkAction.findFirst({
    where: { id, kind: bulkMergeKind },
    select: { id: true, status: true, total: true, done: true, failed: true, errors: true },
  });
  return row ? { ...row, errors: errorsSchema.parse(row.errors).slice(0, errors) } : null;
}
