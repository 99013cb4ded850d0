"use client";

import { useActionState } from "react";
import { revokeTokenAction, type RevokeState } from "./actions";

/**
 * Revoking cannot be undone, so "Revoke" only opens a confirmation naming
 * the token; a native disclosure, so it works before the page's script runs.
 */
export function RevokeButton({ tokenId, name }: { tokenId: string; name: string }) {
  const [state, action, pending] = useActionState<RevokeState, FormData>(revokeTokenAction, { message: null });
  return (
    <details className="admin-confirm">
      <summary className="button small" aria-label={`Revoke ${name}`}>
        Revoke
      </summary>
      <form action={action} className="admin-inline-form">
        <input type="hidden" name="tokenId" value={tokenId} />
        <span className="small">Revoke for good?</span>
        <button type="submit" className="button small admin-danger" disabled={pending} aria-label={`Confirm revoking ${name}`}>
          {pending ? "Revoking…" : "Yes, revoke"}
        </button>
        {state.message && (
          <p className="form-message small" role="alert">
            {state.message}
          </p>
        )}
      </form>
    </details>
  );
}
