"use server";

import { signOut } from "@/app/auth";

/** Clears the session cookie and returns to the sign-in page. */
export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/login" });
}
