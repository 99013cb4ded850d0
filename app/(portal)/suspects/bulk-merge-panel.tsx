import Link from "next/link";
import { countOpenSuspects } from "@/src/stewardship/list-open-suspects";
import { BULK_MERGE_LIMIT, withMinScore } from "@/src/stewardship/bulk-merge/bulk-merge-input";
import type { SuspectQueueFilter } from "@/src/stewardship/queue/suspect-queue-filter";
import { BulkMergeConfirm } from "./bulk-merge-confirm";
import { queueHref, scoreBound, type QueueParams } from "./queue-params";

type Props = { params: QueueParams; filter: SuspectQueueFilter; confirmAt: number | undefined };

/**
 * "Merge every suspect scoring at least X% in this filter": first a GET form
 * that counts them, then the confirmation with that exact count.
 */
export async function BulkMergePanel({ params, filter, confirmAt }: Props) {
  if (confirmAt === undefined) {
    return (
      <form className="filters queue-bulk" action="/suspects">
        {Object.entries(params).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <label className="field">
          <span>Merge every suspect in this filter scoring at least (%)</span>
          <input type="number" name="confirm" min={1} max={100} defaultValue={97} required />
        </label>
        <button type="submit" className="button">
          Count them…
        </button>
      </form>
    );
  }
  const count = await countOpenSuspects({ filter: withMinScore(filter, scoreBound(confirmAt, "from")), cap: BULK_MERGE_LIMIT });
  const cancelHref = queueHref("/suspects", params);
  return (
    <section className="panel queue-bulk" aria-label="Bulk merge">
      {count === 0 ? (
        <p>
          No open suspect in this filter scores {confirmAt}% or more; nothing to merge. <Link href={cancelHref}>Back</Link>
        </p>
      ) : count > BULK_MERGE_LIMIT ? (
        <p>
          {count.toLocaleString("en-US")} suspects score {confirmAt}% or more; a bulk merge takes at most {BULK_MERGE_LIMIT.toLocaleString("en-US")}. Narrow the
          filter or raise the score. <Link href={cancelHref}>Back</Link>
        </p>
      ) : (
        <BulkMergeConfirm count={count} minScore={confirmAt} queue={new URLSearchParams(Object.entries(params)).toString()} cancelHref={cancelHref} />
      )}
    </section>
  );
}
