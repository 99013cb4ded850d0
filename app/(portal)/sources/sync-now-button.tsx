"use client";

import { useActionState } from "react";
import { syncNowAction, type SourceActionState } from "./actions";

/** Queues a sync of one source now; the button names the source, so a screen reader and a test both know which row it acts on. */
export function SyncNowButton({ sourceId, name }: { sourceId: string; name: string }) {
  const [state, action, pending] = useActionState<SourceActionState, FormData>(syncNowAction, { message: null, ok: true, issues: [] });
  return (
    <form action={action} className="admin-inline-form">
      <input type="hidden" name="sourceId" value={sourceId} />
      <button type="submit" className="button small" disabled={pending} aria-label={`Sync ${name} now`}>
        {pending ? "Queueing…" : "Sync now"}
      </button>
      {state.message && (
        <p className={state.ok ? "small admin-ok" : "form-message small"} role={state.ok ? "status" : "alert"}>
          {state.message}
        </p>
      )}
    </form>
  );
}
