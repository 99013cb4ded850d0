"use client";

import { useActionState } from "react";

type State = { message: string | null; ok?: boolean };

type Props<S extends State> = {
  action: (state: Awaited<S>, form: FormData) => Promise<S>;
  initial: Awaited<S>;
  /** hidden inputs that name what the action acts on */
  fields: Record<string, string>;
  /** the verb on the button, "Revoke" */
  verb: string;
  /** what it acts on, read to screen readers with the verb: "Revoke Nightly export" */
  subject: string;
  /** what happens, shown beside the confirming button */
  warning: string;
  /** "revoking": the confirming button is read as "Confirm revoking Nightly export" and shows "Revoking…" while it works */
  gerund: string;
};

/**
 * For actions that cannot be taken back: the button only opens a
 * confirmation that says what will happen; a native disclosure, so it works
 * before the page's script runs.
 */
export function ConfirmButton<S extends State>({ action, initial, fields, verb, subject, warning, gerund }: Props<S>) {
  const [state, formAction, pending] = useActionState<S, FormData>(action, initial);
  return (
    <details className="admin-confirm">
      <summary className="button small" aria-label={`${verb} ${subject}`}>
        {verb}
      </summary>
      <form action={formAction} className="admin-inline-form">
        {Object.entries(fields).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <span className="small">{warning}</span>
        <button type="submit" className="button small admin-danger" disabled={pending} aria-label={`Confirm ${gerund} ${subject}`}>
          {pending ? `${gerund[0].toUpperCase()}${gerund.slice(1)}…` : `Yes, ${verb.toLowerCase()}`}
        </button>
        {state.message && state.ok !== true && (
          <p className="form-message small" role="alert">
            {state.message}
          </p>
        )}
      </form>
    </details>
  );
}
