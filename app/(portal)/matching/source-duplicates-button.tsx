"use client";

import { useActionState } from "react";
import { saveSourceDuplicates, type ModelActionState } from "./actions";

/** Flips one source between "may hold duplicates" and "one record per customer", saying so in words rather than with a bare switch. */
export function SourceDuplicatesButton({ sourceId, sourceName, mayHoldDuplicates }: { sourceId: string; sourceName: string; mayHoldDuplicates: boolean }) {
  const [state, action, pending] = useActionState<ModelActionState, FormData>(saveSourceDuplicates, { message: null });
  const label = mayHoldDuplicates ? "Mark one record per customer" : "Mark may hold duplicates";
  return (
    <form action={action} className="model-action" aria-busy={pending}>
      <input type="hidden" name="sourceId" value={sourceId} />
      <input type="hidden" name="mayHoldDuplicates" value={String(!mayHoldDuplicates)} />
      <button type="submit" className="button small" disabled={pending} aria-label={`${label}: ${sourceName}`}>
        {pending ? "Saving…" : label}
      </button>
      {state.message && (
        <p className="form-message" role="alert">
          {state.message}
        </p>
      )}
    </form>
  );
}
