import type { Session } from "next-auth";
import { redirect } from "next/navigation";
import { auth } from "@/app/auth";

/** Every portal page and action starts here: no session means the sign-in page, never a partial render. */
export async function requireSession(): Promise<Session> {
  const session = await auth();
  if (!session?.user?.id) redirect("/login");
  return session;
}
