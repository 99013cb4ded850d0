"use client";

import { useActionState } from "react";
import { resumeSourceAction, type SourceActionState } from "./actions";

/** Lets a paused source sync again, whoever paused it; a refusal shows beside the button. */
export function ResumeButton({ sourceId, name }: { sourceId: string; name: string }) {
  const [state, action, pending] = useActionState<SourceActionState, FormData>(resumeSourceAction, { message: null, ok: true, issues: [] });
  return (
    <form action={action} className="admin-inline-form">
      <input type="hidden" name="sourceId" value={sourceId} />
      <button type="submit" className="button small" disabled={pending} aria-label={`Resume ${name}`}>
        {pending ? "Resuming…" : "Resume"}
      </button>
      {state.message && !state.ok && (
        <p className="form-message small" role="alert">
          {state.message}
        </p>
      )}
    </form>
  );
}
