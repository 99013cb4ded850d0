"use client";

import { useActionState } from "react";
import { discardUploadAction } from "./actions";

/** Throws the upload away (the wrong file, or to start again) and goes back to choosing one. */
export function DiscardButton({ uploadId }: { uploadId: string }) {
  const [state, action, pending] = useActionState<{ message: string | null }>(discardUploadAction.bind(null, uploadId), { message: null });
  return (
    <form action={action} className="admin-inline-form">
      <button type="submit" className="button" disabled={pending}>
        {pending ? "Discarding…" : "Discard this upload"}
      </button>
      {state.message && (
        <p className="form-message small" role="alert">
          {state.message}
        </p>
      )}
    </form>
  );
}
