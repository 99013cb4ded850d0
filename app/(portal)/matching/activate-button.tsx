"use client";

import { useActionState } from "react";
import { activateVersion, type ModelActionState } from "./actions";

/** Activating changes how every new record is matched, so the button names the version it puts in force. */
export function ActivateButton({ modelId, version }: { modelId: string; version: number }) {
  const [state, action, pending] = useActionState<ModelActionState, FormData>(activateVersion, { message: null });
  return (
    <form action={action} className="model-action">
      <input type="hidden" name="modelId" value={modelId} />
      <button type="submit" className="button small" disabled={pending} aria-label={`Activate v${version}`}>
        {pending ? "Activating…" : "Activate"}
      </button>
      {state.message && (
        <p className="form-message small" role="alert">
          {state.message}
        </p>
      )}
    </form>
  );
}
