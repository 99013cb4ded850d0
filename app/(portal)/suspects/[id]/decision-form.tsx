"use client";

import { useActionState } from "react";
import { decideSuspect, type DecisionState } from "./actions";

/** Merge or dismiss; a refusal (already decided, record gone) is shown here in words. */
export function DecisionForm({ suspectId }: { suspectId: string }) {
  const [state, action, pending] = useActionState<DecisionState, FormData>(decideSuspect, { message: null });
  return (
    <form action={action} className="decision">
      <input type="hidden" name="suspectId" value={suspectId} />
      {state.message && (
        <p className="form-message" role="alert">
          {state.message}
        </p>
      )}
      <button type="submit" name="decision" value="merge" className="button primary" disabled={pending}>
        Merge
      </button>
      <button type="submit" name="decision" value="not-duplicate" className="button" disabled={pending}>
        Not a duplicate
      </button>
      <span className="small muted">Merging keeps both ids; the record merged away points at the survivor.</span>
    </form>
  );
}
