import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { auth, oidcProvider } from "@/app/auth";
import { LoginForm } from "./login-form";

export const metadata: Metadata = { title: "Sign in" };
export const dynamic = "force-dynamic";

// Auth.js sends OIDC failures here as ?error=<type>; people get a sentence, never the type.
const errorMessages: Record<string, string> = {
  AccessDenied: "Your single sign-on account has no enabled Goldenhub user. Ask an administrator to add you.",
  Configuration: "Sign-in is not configured correctly on the server. Tell an administrator.",
};
const fallbackMessage = "Sign-in did not complete. Try again.";

/** The sign-in page: people who already have a session go straight to the dashboard. */
export default async function LoginPage({ searchParams }: { searchParams: Promise<{ error?: string | string[] }> }) {
  if (await auth()) redirect("/");
  const { error } = await searchParams;
  const notice = typeof error === "string" ? (errorMessages[error] ?? fallbackMessage) : null;
  return (
    <main className="login">
      <div className="login-card">
        <h1 className="brand">
          <span className="brand-mark" aria-hidden="true" />
          Goldenhub
        </h1>
        <p className="muted">Sign in to the data-steward portal.</p>
        <LoginForm sso={oidcProvider && { name: oidcProvider.name }} notice={notice} />
      </div>
    </main>
  );
}
