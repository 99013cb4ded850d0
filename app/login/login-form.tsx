"use client";

import { useActionState } from "react";
import { signInWithPassword, signInWithSso, type LoginState } from "./actions";

type Props = { sso: { name: string } | null; notice: string | null };

/** The sign-in form; it posts without JavaScript too, and keeps the email after a refusal. */
export function LoginForm({ sso, notice }: Props) {
  const [state, action, pending] = useActionState<LoginState, FormData>(signInWithPassword, { message: notice, email: "" });
  return (
    <div className="login-forms">
      <form action={action} className="stack" aria-describedby={state.message ? "login-message" : undefined}>
        {state.message && (
          <p id="login-message" className="form-message" role="alert">
            {state.message}
          </p>
        )}
        <label className="field">
          <span>Email</span>
          <input name="email" type="email" autoComplete="username" required defaultValue={state.email} autoFocus />
        </label>
        <label className="field">
          <span>Password</span>
          <input name="password" type="password" autoComplete="current-password" required />
        </label>
        <button type="submit" className="button primary" disabled={pending}>
          {pending ? "Signing in…" : "Sign in"}
        </button>
      </form>
      {sso && (
        <form action={signInWithSso} className="sso">
          <span className="divider">or</span>
          <button type="submit" className="button">
            Sign in with {sso.name}
          </button>
        </form>
      )}
    </div>
  );
}
