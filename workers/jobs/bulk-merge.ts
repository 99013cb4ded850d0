import { runBulkMerge } from "@/src/stewardship/bulk-merge/run-bulk-merge";
import type { JobHandler } from "./job-handler";

/** Merges the suspects a steward confirmed in bulk; resumable, so a retry continues after the last suspect recorded. */
export const bulkMerge: JobHandler<"suspects.bulk-merge"> = (payload) => runBulkMerge(payload);
