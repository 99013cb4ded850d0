import { revalidatePath } from "next/cache";
import { can, refusal } from "@/src/auth/permissions";
import type { Principal } from "@/src/auth/principal";
import { AppError, type FieldIssue } from "@/src/errors";
import { requirePrincipal } from "@/app/components/require-principal";

/** What a small action form shows after an answer: a sentence, whether it went through, and the fields a refusal names. */
export type SubscriberActionState = { message: string | null; ok: boolean; issues: FieldIssue[] };

/** The refusal a non-admin's post gets, in the policy's own words. */
export const notAdmin = refusal("subscribers.manage");

/** The signed-in principal, or null when it may not manage subscribers; asked on every action because anyone can post to one. */
export async function manager(): Promise<Principal | null> {
  const principal = await requirePrincipal();
  return can(principal, "subscribers.manage") ? principal : null;
}

/**
 * Runs a subscriber operation for a server action: refuses non-admins in
 * words, turns the refusals a person can act on into a message with the
 * fields they name, and lets faults through to the error page. The pages
 * listed are drawn afresh after a change.
 */
export async function asManager(run: (principal: Principal) => Promise<string>, paths: string[] = []): Promise<SubscriberActionState> {
  const principal = await manager();
  if (!principal) return { message: notAdmin, ok: false, issues: [] };
  try {
    const message = await run(principal);
    for (const path of ["/subscribers", ...paths]) revalidatePath(path);
    return { message, ok: true, issues: [] };
  } catch (error) {
    if (error instanceof AppError) return { message: error.message, ok: false, issues: error.issues };
    throw error;
  }
}
