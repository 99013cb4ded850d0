import { redirect } from "next/navigation";
import { cache } from "react";
import { principalForUser } from "@/src/auth/principal-for-user";
import type { Principal } from "@/src/auth/principal";
import { AppError } from "@/src/errors";
import { requireSession } from "./require-session";

/**
 * What pages and server actions hand to `can()` and to domain operations,
 * read once per request (the layout and the page both ask). A session whose
 * user was since removed or disabled is sent to sign out: the sign-in page
 * would bounce a live session straight back here.
 */
export const requirePrincipal = cache(async (): Promise<Principal> => {
  const session = await requireSession();
  try {
    return await principalForUser(session.user.id);
  } catch (error) {
    if (error instanceof AppError && error.code === "UNAUTHENTICATED") redirect("/api/auth/signout");
    throw error;
  }
});
