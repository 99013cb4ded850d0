"use client";

import { useActionState } from "react";
import { TextField } from "@/app/components/text-field";
import { allowHostAction, type AllowHostState } from "./actions";
import { issuesAbout } from "./subscriber-input";

const initial: AllowHostState = { message: null, ok: true, issues: [], values: { pattern: "", note: "" } };

/** One field of the form, showing again what was typed and the problems a refusal names for it. */
function Field({ name, state, ...rest }: { name: keyof AllowHostState["values"]; label: string; hint: string; state: AllowHostState; maxLength: number; placeholder: string; required?: boolean }) {
  const errors = issuesAbout(state.issues, name).map((i) => i.message);
  return <TextField id={`allow-${name}`} name={name} defaultValue={state.values[name]} errors={errors} grow {...rest} />;
}

/**
 * Vouches for a private host so webhooks may reach it: a receiver on the
 * company network, or on this machine while testing. The pattern is read as
 * the guard reads it, so what is accepted here is exactly what it admits.
 */
export function AllowHostForm() {
  const [state, action, pending] = useActionState<AllowHostState, FormData>(allowHostAction, initial);
  return (
    <form action={action} className="admin-form" noValidate aria-busy={pending}>
      <div className="admin-form-fields">
        <Field name="pattern" label="Pattern" required maxLength={300} placeholder="hooks.internal:8443" hint="A host, host:port, an IP address or a CIDR range such as 10.20.0.0/16." state={state} />
        <Field name="note" label="Note" maxLength={200} placeholder="e.g. CRM team's receiver, ticket OPS-123" hint="Why it may be reached, for whoever reads this list later." state={state} />
        <button type="submit" className="button" disabled={pending}>
          {pending ? "Allowing…" : "Allow host"}
        </button>
      </div>
      {state.message &&
        (state.ok ? (
          <p className="small admin-ok" role="status">
            {state.message}
          </p>
        ) : (
          <p className="form-message" role="alert">
            {state.message}
          </p>
        ))}
    </form>
  );
}
