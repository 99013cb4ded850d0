"use server";

import { revalidatePath } from "next/cache";
import { issueApiToken } from "@/src/auth/issue-api-token";
import { can, refusal } from "@/src/auth/permissions";
import type { Principal } from "@/src/auth/principal";
import { revokeIssuedToken } from "@/src/auth/revoke-issued-token";
import { AppError, type FieldIssue } from "@/src/errors";
import { requirePrincipal } from "@/app/components/require-principal";

export type CreateTokenState = {
  message: string | null;
  issues: FieldIssue[];
  created: { name: string; secret: string } | null;
  values: { name: string; role: string; sourceId: string };
};
export type RevokeState = { message: string | null };

/** The signed-in principal, or null when it may not manage tokens; asked on every action because anyone can post to one. */
async function manager(): Promise<Principal | null> {
  const principal = await requirePrincipal();
  return can(principal, "users.manage") ? principal : null;
}

/** Creates a token and hands its secret back to the form, the one place it is ever shown. */
export async function createTokenAction(_previous: CreateTokenState, form: FormData): Promise<CreateTokenState> {
  const values = { name: String(form.get("name") ?? ""), role: String(form.get("role") ?? ""), sourceId: String(form.get("sourceId") ?? "") };
  const principal = await manager();
  if (!principal) return { message: refusal("users.manage"), issues: [], created: null, values };
  try {
    const { secret } = await issueApiToken({ principal, ...values });
    revalidatePath("/admin/tokens");
    return { message: null, issues: [], created: { name: values.name.trim(), secret }, values: { name: "", role: values.role, sourceId: values.sourceId } };
  } catch (error) {
    if (error instanceof AppError) return { message: error.message, issues: error.issues, created: null, values };
    throw error;
  }
}

/** Revokes the token of a row, after the admin confirmed it in the row. */
export async function revokeTokenAction(_previous: RevokeState, form: FormData): Promise<RevokeState> {
  const principal = await manager();
  if (!principal) return { message: refusal("users.manage") };
  try {
    await revokeIssuedToken({ principal, tokenId: form.get("tokenId") });
  } catch (error) {
    if (error instanceof AppError) return { message: error.message };
    throw error;
  }
  revalidatePath("/admin/tokens");
  return { message: null };
}
