"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { AppError } from "@/src/errors";
import { attributeNames } from "@/src/golden/attributes";
import { submitStewardAction } from "@/src/stewardship/change-requests/submit-steward-action";
import { markNotDuplicate } from "@/src/stewardship/mark-not-duplicate";
import type { MergePicks } from "@/src/stewardship/merge-picks";
import { requirePrincipal } from "@/app/components/require-principal";
import { nextInQueue, queueOf } from "./next-in-queue";

export type DecisionState = { message: string | null };

const version = z.coerce.number({ message: "The versions you saw are missing; reload the page." }).int().min(1);
const decisionSchema = z.object({
  suspectId: z.string().min(1).max(64),
  decision: z.enum(["merge", "not-duplicate"]),
  leftVersion: version,
  rightVersion: version,
  queue: z.string().max(2000).default(""),
});
const pickSchema = z.tuple([z.enum(attributeNames, { message: "A picked attribute is not a customer attribute; reload the page." }), z.string().max(500, "A picked value is over 500 characters.")]);

/** The field picks a steward changed: radios named `pick.<attribute>`; the default's radio sends an empty value and is left out. */
function picksOf(form: FormData): MergePicks | string {
  const picks: MergePicks = {};
  for (const [name, value] of form) {
    if (!name.startsWith("pick.") || typeof value !== "string" || value === "") continue;
    const parsed = pickSchema.safeParse([name.slice(5), value]);
    if (!parsed.success) return parsed.error.issues[0].message;
    picks[parsed.data[0]] = parsed.data[1];
  }
  return picks;
}

/**
 * A steward's verdict on a duplicate suspect: a merge with the values they
 * picked and the versions they saw (through four-eyes when an admin asked
 * for it), or "not a duplicate", then on to the next pair of their queue.
 * The domain operations ask the policy; a refusal or a conflict comes back
 * as the form's message beside the pair's fresh state.
 */
export async function decideSuspect(_previous: DecisionState, form: FormData): Promise<DecisionState> {
  const principal = await requirePrincipal();
  const parsed = decisionSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { message: parsed.error.issues[0]?.message ?? "The decision was not understood. Reload the page and choose again." };
  const picks = picksOf(form);
  if (typeof picks === "string") return { message: picks };
  const { suspectId, decision, leftVersion, rightVersion } = parsed.data;
  const queue = queueOf(parsed.data.queue);
  let next: string;
  try {
    if (decision === "merge") {
      const submitted = await submitStewardAction(principal, { kind: "merge", suspectId, picks, expectedVersions: { left: leftVersion, right: rightVersion } });
      next = "requested" in submitted ? queue.href(`/suspects/${suspectId}`, { notice: "requested" }) : `/golden/${String(submitted.done.survivorId)}?notice=merged`;
    } else {
      await markNotDuplicate({ suspectId, principal });
      next = await nextInQueue(suspectId, queue, principal.id, "not-duplicate");
    }
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    revalidatePath(`/suspects/${suspectId}`);
    return { message: error.message };
  }
  revalidatePath("/", "layout");
  redirect(next);
}
