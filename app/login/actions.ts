"use server";

import { AuthError } from "next-auth";
import { RefusedSignIn, signIn } from "@/app/auth";

export type LoginState = { message: string | null; email: string };

/** Signs in with email and password; a refusal comes back as a form message, success redirects. */
export async function signInWithPassword(_previous: LoginState, form: FormData): Promise<LoginState> {
  const email = String(form.get("email") ?? "");
  try {
    return await signIn("credentials", { email, password: form.get("password") ?? "", redirectTo: "/" });
  } catch (error) {
    if (error instanceof RefusedSignIn) return { message: error.reason, email };
    if (error instanceof AuthError) return { message: "Sign-in failed. Try again in a moment.", email };
    throw error;
  }
}

/** Hands the browser to the OIDC issuer; it comes back through /api/auth/callback/oidc. */
export async function signInWithSso(): Promise<void> {
  await signIn("oidc", { redirectTo: "/" });
}
