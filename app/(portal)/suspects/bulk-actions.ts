"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { AppError } from "@/src/errors";
import { submitStewardAction } from "@/src/stewardship/change-requests/submit-steward-action";
import { requirePrincipal } from "@/app/components/require-principal";
import { parseQueueParams, queueFilter, queueHref, scoreBound } from "./queue-params";

export type BulkMergeState = { message: string | null };

const confirmation = z.object({
  minScore: z.coerce.number({ message: "Score: enter a percentage." }).int().min(0, "Score: 0 or more.").max(100, "Score: 100 or less."),
  expectedCount: z.coerce.number({ message: "Count: reload the page and confirm again." }).int().min(1),
  queue: z.string().max(2000, "The filter is too long; narrow it from the list again."),
});

/** Starts a confirmed bulk merge of the filtered queue and comes back to the list, which shows its progress. */
export async function confirmBulkMerge(_previous: BulkMergeState, form: FormData): Promise<BulkMergeState> {
  const principal = await requirePrincipal();
  const parsed = confirmation.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { message: parsed.error.issues[0]?.message ?? "The confirmation was not understood; count again." };
  const { params } = parseQueueParams(Object.fromEntries(new URLSearchParams(parsed.data.queue)));
  let submitted;
  try {
    submitted = await submitStewardAction(principal, {
      kind: "bulk-merge",
      filter: queueFilter(params, principal.id),
      minScore: scoreBound(parsed.data.minScore, "from"),
      expectedCount: parsed.data.expectedCount,
    });
  } catch (error) {
    if (error instanceof AppError) return { message: error.message };
    throw error;
  }
  if ("requested" in submitted) return { message: "Sent for approval: the bulk merge waits on the Requests page for a second person, who merges exactly these suspects." };
  redirect(queueHref("/suspects", params, { bulk: String(submitted.done.bulkActionId) }));
}
