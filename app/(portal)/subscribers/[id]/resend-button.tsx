"use client";

import { useActionState } from "react";
import type { SubscriberActionState } from "../as-manager";
import { resendAction } from "./actions";

/** Sends one delivery again now; the button names the event, so a screen reader and a test know which row it acts on. */
export function ResendButton({ subscriberId, deliveryId, label }: { subscriberId: string; deliveryId: string; label: string }) {
  const [state, action, pending] = useActionState<SubscriberActionState, FormData>(resendAction, { message: null, ok: true, issues: [] });
  return (
    <form action={action} className="admin-inline-form">
      <input type="hidden" name="subscriberId" value={subscriberId} />
      <input type="hidden" name="deliveryId" value={deliveryId} />
      <button type="submit" className="button small" disabled={pending} aria-label={`Resend ${label}`}>
        {pending ? "Queueing…" : "Resend"}
      </button>
      {state.message && (
        <p className={state.ok ? "small admin-ok" : "form-message small"} role={state.ok ? "status" : "alert"}>
          {state.message}
        </p>
      )}
    </form>
  );
}
