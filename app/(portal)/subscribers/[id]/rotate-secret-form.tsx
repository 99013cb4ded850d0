"use client";

import { useActionState } from "react";
import { OneTimeSecret } from "@/app/(portal)/admin/one-time-secret";
import { issuesAbout } from "../subscriber-input";
import { rotateSecretAction, type RotateState } from "./actions";

type Props = { subscriberId: string; name: string; defaultHours: number; maxHours: number };

/**
 * Gives the subscriber a new signing secret, shown once below. For the
 * overlap the old one keeps signing too, so the receiver's owner can switch
 * without a message failing; 0 stops the old one at once, for a leaked secret.
 */
export function RotateSecretForm({ subscriberId, name, defaultHours, maxHours }: Props) {
  const [state, action, pending] = useActionState<RotateState, FormData>(rotateSecretAction, { message: null, ok: true, issues: [], secret: null });
  const invalid = issuesAbout(state.issues, "overlapHours").length > 0;
  return (
    <form action={action} className="admin-form" noValidate aria-busy={pending}>
      <input type="hidden" name="subscriberId" value={subscriberId} />
      <div className="admin-form-fields">
        <div className="field">
          <label htmlFor="rotate-overlap">Overlap (hours)</label>
          <span id="rotate-overlap-hint" className="muted small">
            0 to {maxHours}; how long the old secret keeps signing beside the new one.
          </span>
          <input
            id="rotate-overlap"
            name="overlapHours"
            type="number"
            inputMode="numeric"
            min={0}
            max={maxHours}
            step={1}
            defaultValue={defaultHours}
            aria-invalid={invalid || undefined}
            aria-describedby={invalid ? "rotate-overlap-hint rotate-error" : "rotate-overlap-hint"}
          />
        </div>
        <button type="submit" className="button" disabled={pending}>
          {pending ? "Rotating…" : "Rotate secret"}
        </button>
      </div>
      {state.message && !state.ok && (
        <p id="rotate-error" className="form-message" role="alert">
          {state.message}
        </p>
      )}
      {state.ok && state.secret && (
        <OneTimeSecret label={`New signing secret of ${name}`} secret={state.secret} note={`Give it to the receiver's owner. It will not be shown again. ${state.message ?? ""}`} />
      )}
    </form>
  );
}
