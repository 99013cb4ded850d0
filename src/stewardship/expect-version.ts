import type { Tx } from "@/src/db";
import { AppError } from "@/src/errors";

/**
 * Optimistic locking for stewards: a decision made on a page showing version
 * N of a golden record is refused when the record has moved on meanwhile (a
 * source update, another steward), naming what changed it, so nobody
 * overwrites a change they never saw. The caller holds the record's lock.
 */
export async function expectVersion(tx: Tx, goldenRecordId: string, expected: number | undefined): Promise<void> {
  if (expected === undefined) return;
  const [latest] = await tx<{ version: number; reason: string; actor: string }[]>`
    SELECT version, reason, actor FROM "GoldenRecordVersion" WHERE "goldenRecordId" = ${goldenRecordId} ORDER BY version DESC LIMIT 1`;
  if (!latest) throw new AppError("NOT_FOUND", `No golden record has the id ${goldenRecordId}.`);
  if (latest.version === expected) return;
  throw new AppError(
    "CONFLICT",
    `Golden record ${goldenRecordId} changed while you were looking at it: it is at version ${latest.version} now (you saw ${expected}), last changed by ${latest.actor}: ${latest.reason}. Look at the fresh state and decide again.`,
  );
}
