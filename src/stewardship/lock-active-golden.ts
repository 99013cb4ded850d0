import { AppError } from "@/src/errors";
import type { GoldenWriter } from "@/src/golden/golden-writer";

/** Locks a golden record a steward acts on, refusing one that does not exist or was merged away (its survivor is where to act). */
export async function lockActiveGolden(golden: GoldenWriter, id: string): Promise<void> {
  const [locked] = await golden.lock([id]);
  if (!locked) throw new AppError("NOT_FOUND", `No golden record has the id ${id}.`);
  if (locked.status !== "ACTIVE") {
    throw new AppError("CONFLICT", `Golden record ${id} was merged into ${locked.mergedIntoId}; act on that record instead.`);
  }
}
