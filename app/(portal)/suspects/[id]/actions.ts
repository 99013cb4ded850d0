"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { AppError } from "@/src/errors";
import { markNotDuplicate } from "@/src/stewardship/mark-not-duplicate";
import { mergeSuspect } from "@/src/stewardship/merge-suspect";
import { requireSession } from "@/app/components/require-session";

export type DecisionState = { message: string | null };

const decisionSchema = z.object({ suspectId: z.string().min(1).max(64), decision: z.enum(["merge", "not-duplicate"]) });

/**
 * A steward's verdict on a duplicate suspect. The role is checked here again,
 * not just by hiding the buttons, because anyone can post to an action.
 */
export async function decideSuspect(_previous: DecisionState, form: FormData): Promise<DecisionState> {
  const { user } = await requireSession();
  if (user.role !== "ADMIN" && user.role !== "STEWARD") {
    return { message: "Only stewards and admins can decide duplicate suspects." };
  }
  const parsed = decisionSchema.safeParse({ suspectId: form.get("suspectId"), decision: form.get("decision") });
  if (!parsed.success) return { message: "The decision was not understood. Reload the page and choose again." };
  const { suspectId, decision } = parsed.data;
  const actor = `user:${user.email ?? user.id}`;
  let next: string;
  try {
    if (decision === "merge") {
      const { survivorId } = await mergeSuspect({ suspectId, actor });
      next = `/golden/${survivorId}?notice=merged`;
    } else {
      await markNotDuplicate({ suspectId, actor });
      next = "/suspects?notice=not-duplicate";
    }
  } catch (error) {
    if (error instanceof AppError) return { message: error.message };
    throw error;
  }
  revalidatePath("/", "layout");
  redirect(next);
}
