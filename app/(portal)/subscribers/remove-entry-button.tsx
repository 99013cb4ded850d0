"use client";

import { useActionState } from "react";
import { removeAllowlistEntryAction } from "./actions";
import type { SubscriberActionState } from "./as-manager";

/**
 * Removing an entry can switch subscribers off at their next delivery, so
 * "Remove" only opens a confirmation naming the pattern; a native disclosure,
 * so it works before the page's script runs.
 */
export function RemoveEntryButton({ entryId, pattern }: { entryId: string; pattern: string }) {
  const [state, action, pending] = useActionState<SubscriberActionState, FormData>(removeAllowlistEntryAction, { message: null, ok: true, issues: [] });
  return (
    <details className="admin-confirm">
      <summary className="button small" aria-label={`Remove ${pattern}`}>
        Remove
      </summary>
      <form action={action} className="admin-inline-form">
        <input type="hidden" name="entryId" value={entryId} />
        <span className="small">Subscribers that use it are disabled at their next delivery.</span>
        <button type="submit" className="button small admin-danger" disabled={pending} aria-label={`Confirm removing ${pattern}`}>
          {pending ? "Removing…" : "Yes, remove"}
        </button>
        {state.message && !state.ok && (
          <p className="form-message small" role="alert">
            {state.message}
          </p>
        )}
      </form>
    </details>
  );
}
