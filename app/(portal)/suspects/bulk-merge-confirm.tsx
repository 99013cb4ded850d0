"use client";

import Link from "next/link";
import { useActionState } from "react";
import { FormMessage } from "@/app/components/form-message";
import { confirmBulkMerge, type BulkMergeState } from "./bulk-actions";

type Props = { count: number; minScore: number; queue: string; cancelHref: string };

/** The confirm step of a bulk merge: the exact count, then one button that starts it. */
export function BulkMergeConfirm({ count, minScore, queue, cancelHref }: Props) {
  const [state, action, pending] = useActionState<BulkMergeState, FormData>(confirmBulkMerge, { message: null });
  return (
    <form action={action} className="decision queue-bulk-confirm">
      <input type="hidden" name="minScore" value={minScore} />
      <input type="hidden" name="expectedCount" value={count} />
      <input type="hidden" name="queue" value={queue} />
      <FormMessage message={state.message} />
      <p>
        <strong>{count.toLocaleString("en-US")}</strong> open suspects in this filter score {minScore}% or more (as the list rounds them). Each is merged as you, one by one, in
        the background.
      </p>
      <button type="submit" className="button primary" disabled={pending}>
        Merge {count.toLocaleString("en-US")} suspects
      </button>
      <Link href={cancelHref}>Cancel</Link>
    </form>
  );
}
