"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { AppError } from "@/src/errors";
import { markNotDuplicate } from "@/src/stewardship/mark-not-duplicate";
import { mergeSuspect } from "@/src/stewardship/merge-suspect";
import { requirePrincipal } from "@/app/components/require-principal";

export type DecisionState = { message: string | null };

const decisionSchema = z.object({ suspectId: z.string().min(1).max(64), decision: z.enum(["merge", "not-duplicate"]) });

/**
 * A steward's verdict on a duplicate suspect. Hiding the buttons is not
 * enough, because anyone can post to an action: the domain operation asks
 * the policy itself, and its refusal comes back as the form's message.
 */
export async function decideSuspect(_previous: DecisionState, form: FormData): Promise<DecisionState> {
  const principal = await requirePrincipal();
  const parsed = decisionSchema.safeParse({ suspectId: form.get("suspectId"), decision: form.get("decision") });
  if (!parsed.success) return { message: "The decision was not understood. Reload the page and choose again." };
  const { suspectId, decision } = parsed.data;
  let next: string;
  try {
    if (decision === "merge") {
      const { survivorId } = await mergeSuspect({ suspectId, principal });
      next = `/golden/${survivorId}?notice=merged`;
    } else {
      await markNotDuplicate({ suspectId, principal });
      next = "/suspects?notice=not-duplicate";
    }
  } catch (error) {
    if (error instanceof AppError) return { message: error.message };
    throw error;
  }
  revalidatePath("/", "layout");
  redirect(next);
}
