"use server";

import { revalidatePath } from "next/cache";
import { changeUserRole } from "@/src/auth/change-user-role";
import { inviteUser } from "@/src/auth/invite-user";
import { can, refusal } from "@/src/auth/permissions";
import type { Principal } from "@/src/auth/principal";
import { setUserDisabled } from "@/src/auth/set-user-disabled";
import { AppError, type FieldIssue } from "@/src/errors";
import { requirePrincipal } from "@/app/components/require-principal";

export type InviteState = {
  message: string | null;
  issues: FieldIssue[];
  invited: { email: string; password: string } | null;
  values: { email: string; name: string; role: string };
};
export type UserActionState = { message: string | null; ok: boolean };

/** The signed-in principal, or null when it may not manage users; asked on every action because anyone can post to one. */
async function manager(): Promise<Principal | null> {
  const principal = await requirePrincipal();
  return can(principal, "users.manage") ? principal : null;
}

/** Runs an operation, turning the refusals a person can act on into a message and letting faults through to the error page. */
async function attempt(run: () => Promise<string>): Promise<UserActionState> {
  try {
    const message = await run();
    revalidatePath("/admin/users");
    return { message, ok: true };
  } catch (error) {
    if (error instanceof AppError) return { message: error.message, ok: false };
    throw error;
  }
}

/** Creates the account and hands its one-time password back to the form, the one place it is ever shown. */
export async function inviteUserAction(_previous: InviteState, form: FormData): Promise<InviteState> {
  const values = { email: String(form.get("email") ?? ""), name: String(form.get("name") ?? ""), role: String(form.get("role") ?? "") };
  const principal = await manager();
  if (!principal) return { message: refusal("users.manage"), issues: [], invited: null, values };
  try {
    const { user, password } = await inviteUser({ principal, ...values });
    revalidatePath("/admin/users");
    return { message: null, issues: [], invited: { email: user.email, password }, values: { email: "", name: "", role: values.role } };
  } catch (error) {
    if (error instanceof AppError) return { message: error.message, issues: error.issues, invited: null, values };
    throw error;
  }
}

/** Saves the role chosen in a user's row. */
export async function changeRoleAction(_previous: UserActionState, form: FormData): Promise<UserActionState> {
  const principal = await manager();
  if (!principal) return { message: refusal("users.manage"), ok: false };
  return attempt(async () => {
    const { role, changed } = await changeUserRole({ principal, userId: form.get("userId"), role: form.get("role") });
    return changed ? `Role changed to ${role.toLowerCase()}.` : `Already ${role.toLowerCase()}.`;
  });
}

/** Disables or re-enables the user of a row; the button says which. */
export async function setDisabledAction(_previous: UserActionState, form: FormData): Promise<UserActionState> {
  const principal = await manager();
  if (!principal) return { message: refusal("users.manage"), ok: false };
  const disabled = form.get("disabled") === "true";
  return attempt(async () => {
    await setUserDisabled({ principal, userId: form.get("userId"), disabled });
    return disabled ? "Disabled." : "Enabled.";
  });
}
