"use client";

import { useActionState } from "react";
import { setDisabledAction, type UserActionState } from "./actions";

/** Disable or enable one user; the button names the user, so a screen reader and a test both know which row it acts on. */
export function StatusToggle({ userId, email, disabled }: { userId: string; email: string; disabled: boolean }) {
  const [state, action, pending] = useActionState<UserActionState, FormData>(setDisabledAction, { message: null, ok: true });
  return (
    <form action={action} className="admin-inline-form">
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="disabled" value={String(!disabled)} />
      <button type="submit" className="button small" disabled={pending} aria-label={`${disabled ? "Enable" : "Disable"} ${email}`}>
        {pending ? "Saving…" : disabled ? "Enable" : "Disable"}
      </button>
      {state.message && !state.ok && (
        <p className="form-message small" role="alert">
          {state.message}
        </p>
      )}
    </form>
  );
}
