import { randomUUID } from "node:crypto";
import { recordAudit } from "@/src/audit/record-audit";
import { authorize } from "@/src/auth/permissions";
import type { Principal } from "@/src/auth/principal";
import { sql, type Tx } from "@/src/db";
import { AppError } from "@/src/errors";
import { logger } from "@/src/operations/logger";
import { queueOrder } from "@/src/stewardship/queue/queue-order";
import type { SuspectQueueFilter } from "@/src/stewardship/queue/suspect-queue-filter";
import { suspectQueueWhere, suspectQueueWith } from "@/src/stewardship/queue/suspect-queue-where";
import { enqueue } from "@/workers/contracts";
import { BULK_MERGE_LIMIT, bulkMergeKind, withMinScore, type BulkMergeInput } from "./bulk-merge-input";

/** The suspects a bulk merge would act on now, best first, with the two golden records of each. */
async function selectSuspects(tx: Tx, filter: SuspectQueueFilter): Promise<{ id: string; leftId: string; rightId: string }[]> {
  const { order } = queueOrder("score-desc", undefined);
  return tx<{ id: string; leftId: string; rightId: string }[]>`
    ${suspectQueueWith(filter)}
    SELECT s.id, s."leftId", s."rightId" FROM "DuplicateSuspect" s ${filter.entity ? sql`JOIN "GoldenRecord" l ON l.id = s."leftId"` : sql``}
    WHERE ${suspectQueueWhere(filter, new Date())} ORDER BY ${order} LIMIT ${BULK_MERGE_LIMIT + 1}`;
}

export type BulkMergeOptions = { filter: SuspectQueueFilter; minScore: number; expectedCount: number; principal: Principal };

/**
 * "Merge every suspect scoring at least X in this filter", once the steward
 * confirmed the count: the suspects are fixed now (a suspect arriving later
 * was never confirmed), stored with the request in a BulkAction, and merged
 * one by one by a background job acting as the steward. A count that changed
 * since the confirmation is refused, so nobody merges more than they agreed to.
 */
export async function startBulkMerge(opts: BulkMergeOptions): Promise<{ bulkActionId: string; total: number }> {
  const started = await sql.begin((tx) => startBulkMergeIn(tx, new Date(), opts));
  await queueBulkMerge(started.bulkActionId);
  return started;
}

/** `startBulkMerge` inside a transaction (an approval's); the caller queues the job once it committed. */
export async function startBulkMergeIn(tx: Tx, at: Date, opts: BulkMergeOptions): Promise<{ bulkActionId: string; total: number }> {
  authorize(opts.principal, "suspects.decide");
  if (opts.principal.kind !== "user") throw new AppError("FORBIDDEN", "A bulk merge runs as the person who asked for it; ask for it signed in to the portal.");
  const selected = await selectSuspects(tx, withMinScore(opts.filter, opts.minScore));
  const suspectIds = selected.map((s) => s.id);
  if (suspectIds.length > BULK_MERGE_LIMIT) {
    throw new AppError("VALIDATION_FAILED", `A bulk merge takes at most ${BULK_MERGE_LIMIT.toLocaleString("en-US")} suspects; narrow the filter or raise the score.`, [{ path: "minScore", message: "too many suspects" }]);
  }
  if (!suspectIds.length) throw new AppError("VALIDATION_FAILED", "No open suspect in this filter scores that high; nothing to merge.", [{ path: "minScore", message: "no suspects" }]);
  if (suspectIds.length !== opts.expectedCount) {
    throw new AppError("CONFLICT", `The filter now holds ${suspectIds.length} suspects scoring that high, not the ${opts.expectedCount} confirmed; look at the count again and confirm it.`);
  }
  const bulkActionId = randomUUID();
  const pairs = selected.map((s): [string, string] => [s.leftId, s.rightId]);
  const input: BulkMergeInput = { filter: opts.filter, minScore: opts.minScore, requestedById: opts.principal.id, suspectIds, pairs, position: 0 };
  await tx`INSERT INTO "BulkAction" ${tx({ id: bulkActionId, kind: bulkMergeKind, input: tx.json(input), total: suspectIds.length, requestedBy: opts.principal.label, createdAt: at })}`;
  await recordAudit(tx, opts.principal, at, { action: "suspects.bulk-merge", targetType: "BulkAction", targetId: bulkActionId, data: { filter: opts.filter, minScore: opts.minScore, total: suspectIds.length } });
  return { bulkActionId, total: suspectIds.length };
}

/** Queues a committed bulk merge; should Redis be away, the sweep finds the bulk action unfinished and queues it. */
export async function queueBulkMerge(bulkActionId: string): Promise<void> {
  await enqueue("suspects.bulk-merge", { bulkActionId }).catch((err: Error) => logger.warn({ bulkActionId, err }, "bulk merge deferred to the sweeper"));
}
