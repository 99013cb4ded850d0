"use client";

import { useActionState } from "react";
import { issuesAbout } from "../subscriber-input";
import { replayAction, type ReplayState } from "./actions";

/**
 * Sends the past again: every dispatched event since a time, or from an
 * event's sequence number on, that the subscriber's filters take now. For a
 * receiver that lost data or was added after the events it needs.
 */
export function ReplayForm({ subscriberId }: { subscriberId: string }) {
  const [state, action, pending] = useActionState<ReplayState, FormData>(replayAction, { message: null, ok: true, issues: [], values: { since: "", sinceSequence: "" } });
  const about = (field: string) => issuesAbout(state.issues, field).length > 0;
  return (
    <form action={action} className="admin-form" noValidate aria-busy={pending}>
      <input type="hidden" name="subscriberId" value={subscriberId} />
      <div className="admin-form-fields">
        <div className="field">
          <label htmlFor="replay-since">Since (UTC)</label>
          <input id="replay-since" name="since" type="datetime-local" step={1} defaultValue={state.values.since} aria-invalid={about("since") || undefined} aria-describedby={state.ok ? undefined : "replay-message"} />
        </div>
        <div className="field">
          <label htmlFor="replay-sequence">or from sequence</label>
          <input
            id="replay-sequence"
            name="sinceSequence"
            type="text"
            inputMode="numeric"
            autoComplete="off"
            maxLength={18}
            placeholder="e.g. 1042"
            defaultValue={state.values.sinceSequence}
            aria-invalid={about("sinceSequence") || undefined}
            aria-describedby={state.ok ? undefined : "replay-message"}
          />
        </div>
        <button type="submit" className="button" disabled={pending}>
          {pending ? "Queueing…" : "Replay"}
        </button>
      </div>
      <p className="muted small">Both inclusive. Give one of the two. Deliveries the subscriber had of those events start over; the receiver sees the same webhook-id again.</p>
      {state.message && (
        <p id="replay-message" className={state.ok ? "notice ok" : "form-message"} role={state.ok ? "status" : "alert"}>
          {state.message}
        </p>
      )}
    </form>
  );
}
