import { AppError } from "@/src/errors";
import type { GoldenWriter } from "@/src/golden/golden-writer";
import { alreadyDecided } from "./already-decided";

type OpenSuspect = { id: string; leftId: string; rightId: string };

/**
 * Takes an open suspect for a decision: its two golden records are locked
 * first (the writer's lock order, so a merge and a "not a duplicate" of the
 * same pair, or two merges sharing a record, queue instead of deadlocking),
 * then the suspect is read again under its own row lock. Whoever comes second
 * is told the suspect was decided, and how.
 */
export async function lockSuspect(golden: GoldenWriter, suspectId: string): Promise<OpenSuspect> {
  const { tx } = golden;
  const [seen] = await tx<OpenSuspect[]>`SELECT id, "leftId", "rightId" FROM "DuplicateSuspect" WHERE id = ${suspectId}`;
  if (!seen) throw new AppError("NOT_FOUND", `Duplicate suspect ${suspectId} does not exist (any more: a merge made meanwhile may have moved it); open the suspects list again.`);
  await golden.lock([seen.leftId, seen.rightId]);
  const [now] = await tx<(OpenSuspect & { status: string })[]>`
    SELECT id, "leftId", "rightId", status FROM "DuplicateSuspect" WHERE id = ${suspectId} FOR UPDATE`;
  if (!now) throw new AppError("CONFLICT", "This suspect moved to the surviving record of a merge made meanwhile; open it again from the suspects list.");
  if (now.status !== "OPEN") throw alreadyDecided(now.status);
  return now;
}
