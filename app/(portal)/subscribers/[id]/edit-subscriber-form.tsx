"use client";

import { useActionState } from "react";
import type { SubscriberOptions } from "../subscriber-options";
import { SubscriberFields } from "../subscriber-fields";
import type { SubscriberValues } from "../subscriber-input";
import { updateSubscriberAction, type EditSubscriberState } from "./actions";

/**
 * Changes a subscriber's name, URL, filters or payload style, in a
 * disclosure that stays open once submitted; the fields start from the saved
 * settings and, after an answer, from what was chosen.
 */
export function EditSubscriberForm({ subscriberId, current, options }: { subscriberId: string; current: SubscriberValues; options: SubscriberOptions }) {
  const [state, action, pending] = useActionState<EditSubscriberState, FormData>(updateSubscriberAction, { answers: 0, values: current, message: null, ok: true, issues: [] });
  return (
    // Once submitted it stays open, so the answer (saved, or what to fix) stays in view.
    <details className="subscriber-edit" open={state.answers > 0 || undefined}>
      <summary className="button small">Edit settings</summary>
      <form action={action} className="admin-form subscriber-form" noValidate aria-busy={pending}>
        <input type="hidden" name="subscriberId" value={subscriberId} />
        <input type="hidden" name="originalUrl" value={current.url} />
        <SubscriberFields key={state.answers} prefix="edit-subscriber" values={state.values} issues={state.issues} options={options} />
        <div className="form-actions">
          <button type="submit" className="button primary" disabled={pending}>
            {pending ? "Saving…" : "Save settings"}
          </button>
          {state.message && (
            <p className={state.ok ? "small admin-ok" : "form-message"} role={state.ok ? "status" : "alert"}>
              {state.message}
            </p>
          )}
        </div>
      </form>
    </details>
  );
}
