import type { Principal } from "@/src/auth/principal";
import { requestDispatch } from "@/src/distribution/request-dispatch";
import { writeGoldenRecords, type GoldenWriter } from "@/src/golden/golden-writer";

/**
 * Runs one steward action in the writer's transaction and wakes the
 * dispatcher once it committed, so subscribers hear of it within moments.
 * Each action is written as `(writer, options) => result` so a change
 * request can replay it inside the approval's own transaction.
 */
export async function stewardWrite<T>(principal: Principal, work: (golden: GoldenWriter) => Promise<T>): Promise<T> {
  const result = await writeGoldenRecords(principal, work);
  await requestDispatch();
  return result;
}
