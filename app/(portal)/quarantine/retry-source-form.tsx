"use client";

import { useActionState } from "react";
import { retrySource, type QuarantineFormState } from "./actions";

type Props = { sourceId: string; name: string; count: number };

/** One button per source: after fixing what made a source's records fail, retry them all at once. */
export function RetrySourceForm({ sourceId, name, count }: Props) {
  const [state, action, pending] = useActionState<QuarantineFormState, FormData>(retrySource, { message: null });
  return (
    <form action={action} className="retry-source">
      <input type="hidden" name="sourceId" value={sourceId} />
      <button type="submit" className="button small" disabled={pending}>
        <span>
          Retry all {count.toLocaleString("en-US")} from <bdi>{name}</bdi>
        </span>
      </button>
      {state.message && (
        <p className="form-message" role="alert">
          {state.message}
        </p>
      )}
    </form>
  );
}
