"use client";

import { useActionState } from "react";
import type { SubscriberActionState } from "../as-manager";
import { setEnabledAction } from "./actions";

/** Switches deliveries to the subscriber off or back on; the button names the subscriber, so a screen reader and a test know what it acts on. */
export function EnableForm({ subscriberId, name, active }: { subscriberId: string; name: string; active: boolean }) {
  const [state, action, pending] = useActionState<SubscriberActionState, FormData>(setEnabledAction, { message: null, ok: true, issues: [] });
  const verb = active ? "Disable" : "Enable";
  return (
    <form action={action} className="admin-inline-form">
      <input type="hidden" name="subscriberId" value={subscriberId} />
      <input type="hidden" name="enabled" value={String(!active)} />
      <button type="submit" className={`button small${active ? " admin-danger" : " primary"}`} disabled={pending} aria-label={`${verb} ${name}`}>
        {pending ? "Saving…" : verb}
      </button>
      {state.message && (
        <p className={state.ok ? "small admin-ok" : "form-message small"} role={state.ok ? "status" : "alert"}>
          {state.message}
        </p>
      )}
    </form>
  );
}
