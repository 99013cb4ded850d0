"use client";

import { useActionState } from "react";
import { pauseSourceAction, type SourceActionState } from "./actions";

/**
 * "Pause" opens a reason field first: everyone reading the page later sees
 * why the source's data stopped moving. A native disclosure, so it works
 * before the page's script runs.
 */
export function PauseForm({ sourceId, name, reasonMax }: { sourceId: string; name: string; reasonMax: number }) {
  const [state, action, pending] = useActionState<SourceActionState, FormData>(pauseSourceAction, { message: null, ok: true, issues: [] });
  const invalid = state.issues.some((i) => i.path === "reason");
  const errorId = `pause-${sourceId}-error`;
  return (
    <details className="admin-confirm source-pause" open={!state.ok || undefined}>
      <summary className="button small" aria-label={`Pause ${name}`}>
        Pause
      </summary>
      <form action={action} className="admin-inline-form" noValidate>
        <input type="hidden" name="sourceId" value={sourceId} />
        <label className="field">
          <span className="small">Reason</span>
          <input
            name="reason"
            type="text"
            required
            maxLength={reasonMax}
            autoComplete="off"
            placeholder="e.g. SAP upgrade"
            aria-invalid={invalid || undefined}
            aria-describedby={state.message && !state.ok ? errorId : undefined}
          />
        </label>
        <button type="submit" className="button small" disabled={pending} aria-label={`Confirm pausing ${name}`}>
          {pending ? "Pausing…" : "Pause syncing"}
        </button>
        {state.message && !state.ok && (
          <p id={errorId} className="form-message small" role="alert">
            {state.message}
          </p>
        )}
      </form>
    </details>
  );
}
