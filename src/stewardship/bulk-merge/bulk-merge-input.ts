import { z } from "zod";
import { suspectQueueFilterSchema, type SuspectQueueFilter } from "@/src/stewardship/queue/suspect-queue-filter";

/** The kind of BulkAction a bulk merge of suspects is stored as. */
export const bulkMergeKind = "suspects.bulk-merge";

/** A bulk merge acts on at most this many suspects, so its stored input and its run stay bounded. */
export const BULK_MERGE_LIMIT = 10_000;

/**
 * What a bulk merge's BulkAction keeps: the filter and threshold the steward
 * confirmed (for the record), the exact suspects counted at confirmation,
 * who asked (the job acts as them) and how far the run got, so a retried job
 * resumes after the last suspect it finished.
 */
export const bulkMergeInputSchema = z.object({
  filter: suspectQueueFilterSchema,
  minScore: z.number().min(0).max(1),
  requestedById: z.string().min(1),
  suspectIds: z.array(z.string().min(1)).max(BULK_MERGE_LIMIT),
  /** each suspect's two golden records, in the same order: a suspect folded into another by an earlier merge of the run is done when they became one */
  pairs: z.array(z.tuple([z.string(), z.string()])).max(BULK_MERGE_LIMIT).optional(),
  position: z.number().int().min(0),
});

export type BulkMergeInput = z.infer<typeof bulkMergeInputSchema>;

/** The filter narrowed to suspects scoring at least `minScore`: what a bulk merge acts on. */
export function withMinScore(filter: SuspectQueueFilter, minScore: number): SuspectQueueFilter {
  return { ...filter, minScore: Math.max(filter.minScore ?? 0, minScore) };
}
