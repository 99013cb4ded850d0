import { sql, type Tx } from "@/src/db";

/** A bulk action keeps this many per-suspect failures; the count goes on beyond them. */
const KEPT_ERRORS = 100;

/**
 * Counts a merged suspect and moves the resume point past it, in the merge's
 * own transaction: either both happened or neither did.
 */
export async function recordMerged(tx: Tx, bulkActionId: string, position: number): Promise<void> {
  await tx`
    UPDATE "BulkAction" SET done = done + 1, input = jsonb_set(input, '{position}', to_jsonb(${position + 1}::int))
    WHERE id = ${bulkActionId}`;
}

/**
 * Counts a suspect that could not be merged, with why, and moves past it.
 * Only when the resume point is still at it: a run repeating the attempt
 * after a crash between the refusal and this update counts it once.
 */
export async function recordFailure(bulkActionId: string, position: number, failure: { suspectId: string; reason: string }): Promise<void> {
  await sql`
    UPDATE "BulkAction" SET failed = failed + 1,
      errors = CASE WHEN jsonb_array_length(errors) < ${KEPT_ERRORS} THEN errors || ${sql.json([failure])} ELSE errors END,
      input = jsonb_set(input, '{position}', to_jsonb(${position + 1}::int))
    WHERE id = ${bulkActionId} AND (input->>'position')::int = ${position}`;
}
