"use client";

import { useActionState } from "react";
import { retrainFromData, type ModelActionState } from "./actions";

/** Retraining reads thousands of candidate pairs and can take a while, so the button says it is working and cannot be pressed twice. */
export function RetrainButton() {
  const [state, action, pending] = useActionState<ModelActionState, FormData>(retrainFromData, { message: null });
  return (
    <form action={action} className="model-action" aria-busy={pending}>
      <button type="submit" className="button primary" disabled={pending}>
        {pending ? "Retraining… this can take a minute" : "Retrain from data"}
      </button>
      {state.message && (
        <p className="form-message" role="alert">
          {state.message}
        </p>
      )}
    </form>
  );
}
