import { requestDispatch } from "@/src/distribution/request-dispatch";
import { recomputeKind } from "@/src/golden/save-survivorship-rules";
import { queueBatch } from "@/src/ingest/queue-batch";
import { findStrandedWork } from "@/src/operations/find-stranded-work";
import { refreshStatistics } from "@/src/operations/refresh-statistics";
import { bulkMergeKind } from "@/src/stewardship/bulk-merge/bulk-merge-input";
import { enqueue } from "@/workers/contracts";
import type { JobHandler } from "./job-handler";
import { wakeSubscribers } from "@/src/distribution/wake-subscribers";

/**
 * Re-queues what Postgres says is unfinished, because Redis can lose jobs
 * that Postgres still remembers; job ids make re-queueing live work a no-op.
 */
export const maintenanceSweep: JobHandler<"maintenance.sweep"> = async () => {
  await refreshStatistics();
  const work = await findStrandedWork();
  for (const batch of work.batches) await queueBatch(batch);
  for (const action of work.bulkActions) {
    if (action.kind === recomputeKind) await enqueue("golden.recompute", { bulkActionId: action.id });
    if (action.kind === bulkMergeKind) await enqueue("suspects.bulk-merge", { bulkActionId: action.id });
  }
  await wakeSubscribers(work.subscriberIds);
  if (work.undispatched > 0) await requestDispatch();
  return work;
};
