"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { AppError } from "@/src/errors";
import { addComment, commentTargets } from "@/src/stewardship/comments";
import { requirePrincipal } from "@/app/components/require-principal";

export type CommentFormState = { message: string | null; ok: boolean };

const input = z.object({
  targetType: z.enum(commentTargets),
  targetId: z.string().min(1).max(64),
  body: z.string().max(5000, "Keep a comment under 2,000 characters."),
  path: z.string().startsWith("/").max(200),
});

/** Posts a comment and refreshes the page it was written on. */
export async function postComment(_previous: CommentFormState, form: FormData): Promise<CommentFormState> {
  const principal = await requirePrincipal();
  const parsed = input.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { message: parsed.error.issues[0]?.message ?? "The comment was not understood; reload the page.", ok: false };
  try {
    await addComment({ ...parsed.data, principal });
  } catch (error) {
    if (error instanceof AppError) return { message: error.message, ok: false };
    throw error;
  }
  revalidatePath(parsed.data.path);
  return { message: null, ok: true };
}
