import type { Tx } from "@/src/db";
import { AppError } from "@/src/errors";

export type SuspectAssignment = { id: string; assigneeId: string | null; deferredUntil: Date | null };

/**
 * Locks a suspect's row for a change to who works it or when; only an open
 * suspect can be taken, handed on or put off, and a decided one says how it
 * was decided. Golden records are not touched, so no writer lock is needed.
 */
export async function lockOpenSuspectRow(tx: Tx, suspectId: string, doing: string): Promise<SuspectAssignment> {
  const [row] = await tx<(SuspectAssignment & { status: string })[]>`
    SELECT id, status, "assigneeId", "deferredUntil" FROM "DuplicateSuspect" WHERE id = ${suspectId} FOR UPDATE`;
  if (!row) throw new AppError("NOT_FOUND", `Duplicate suspect ${suspectId} does not exist (any more: a merge made meanwhile may have moved it); open the suspects list again.`);
  if (row.status !== "OPEN") {
    throw new AppError("CONFLICT", `This suspect was already decided (${row.status.toLowerCase().replace("_", " ")}); only open suspects can be ${doing}.`);
  }
  return { id: row.id, assigneeId: row.assigneeId, deferredUntil: row.deferredUntil };
}
