import { principalForUser } from "@/src/auth/principal-for-user";
import { sql } from "@/src/db";
import { requestDispatch } from "@/src/distribution/request-dispatch";
import { AppError } from "@/src/errors";
import { survivorsOf } from "@/src/golden/follow-merges";
import { orderedPair } from "@/src/golden/repoint-suspects";
import { writeGoldenRecords } from "@/src/golden/golden-writer";
import { mergeSuspectIn } from "@/src/stewardship/merge-suspect";
import { bulkMergeInputSchema } from "./bulk-merge-input";
import { recordFailure, recordMerged } from "./bulk-merge-progress";

const DISPATCH_EVERY = 25;

/**
 * Where a confirmed pair stands after earlier merges of the run. In a cluster
 * (A~B, A~C, B~C) merging A and B folds B~C into A~C: that suspect is gone,
 * yet what the steward asked for, B and C as one customer, is still to do
 * through A~C, or done already.
 */
async function pairNow([leftId, rightId]: [string, string]): Promise<{ one: true } | { one: false; suspectId: string | null }> {
  const survivors = await survivorsOf(sql, [leftId, rightId]);
  const [left, right] = [survivors.get(leftId), survivors.get(rightId)];
  if (!left || !right) return { one: false, suspectId: null };
  if (left === right) return { one: true };
  const pair = orderedPair(left, right);
  const [open] = await sql<{ id: string }[]>`
    SELECT id FROM "DuplicateSuspect" WHERE "leftId" = ${pair.leftId} AND "rightId" = ${pair.rightId} AND status = 'OPEN'`;
  return { one: false, suspectId: open?.id ?? null };
}

/** Marks a bulk action finished, as done or, when it could not run at all, as failed with the reason. */
async function finish(bulkActionId: string, failure?: string): Promise<void> {
  await sql`
    UPDATE "BulkAction" SET status = ${failure ? "FAILED" : "DONE"}, "finishedAt" = ${new Date()},
      errors = CASE WHEN ${failure ?? null}::text IS NULL THEN errors ELSE errors || ${sql.json([{ reason: failure ?? "" }])} END
    WHERE id = ${bulkActionId}`;
}

/**
 * Runs a confirmed bulk merge: each suspect merged in its own writer
 * transaction as the steward who asked (rebuilt from the user, so the policy
 * applies as it does now), the progress committed with the merge. A suspect
 * decided or moved meanwhile is counted as failed with its reason and the
 * rest proceed; a retried job resumes after the last suspect recorded, so none
 * is merged or counted twice.
 */
export async function runBulkMerge({ bulkActionId }: { bulkActionId: string }): Promise<{ done: number; failed: number }> {
  const [action] = await sql<{ status: string; input: unknown; done: number; failed: number }[]>`
    SELECT status, input, done, failed FROM "BulkAction" WHERE id = ${bulkActionId}`;
  if (!action) throw new AppError("NOT_FOUND", `No bulk action has the id ${bulkActionId}.`);
  if (action.status === "DONE" || action.status === "FAILED") return { done: action.done, failed: action.failed };
  const input = bulkMergeInputSchema.parse(action.input);
  await sql`UPDATE "BulkAction" SET status = 'RUNNING', "startedAt" = COALESCE("startedAt", ${new Date()}) WHERE id = ${bulkActionId}`;
  let principal;
  try {
    principal = await principalForUser(input.requestedById);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    await finish(bulkActionId, `The steward who asked for it cannot act any more: ${error.message}`);
    return { done: action.done, failed: action.failed };
  }
  const merge = (suspectId: string, position: number) =>
    writeGoldenRecords(principal, async (golden) => {
      await mergeSuspectIn(golden, { suspectId, principal });
      await recordMerged(golden.tx, bulkActionId, position);
    });
  for (let position = input.position; position < input.suspectIds.length; position++) {
    const suspectId = input.suspectIds[position];
    try {
      await merge(suspectId, position);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      const now = input.pairs?.[position] ? await pairNow(input.pairs[position]) : null;
      if (now?.one) await sql.begin((tx) => recordMerged(tx, bulkActionId, position));
      else if (now?.suspectId) await merge(now.suspectId, position).catch((again: unknown) => {
        if (!(again instanceof AppError)) throw again;
        return recordFailure(bulkActionId, position, { suspectId, reason: error.message });
      });
      else await recordFailure(bulkActionId, position, { suspectId, reason: error.message });
    }
    if ((position + 1) % DISPATCH_EVERY === 0) await requestDispatch();
  }
  await requestDispatch();
  await finish(bulkActionId);
  const [final] = await sql<{ done: number; failed: number }[]>`SELECT done, failed FROM "BulkAction" WHERE id = ${bulkActionId}`;
  return final;
}
