"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { AppError } from "@/src/errors";
import { isRecordId } from "@/src/ids";
import { assignSuspect } from "@/src/stewardship/assign-suspect";
import { deferSuspect } from "@/src/stewardship/defer-suspect";
import { releaseSuspect } from "@/src/stewardship/release-suspect";
import { requirePrincipal } from "@/app/components/require-principal";
import { nextInQueue, queueOf } from "./next-in-queue";

export type AssignmentState = { message: string | null };

const assignment = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("take") }),
  z.object({ intent: z.literal("assign"), assigneeId: z.string().refine(isRecordId, "Assign to: choose a steward from the list.") }),
  z.object({ intent: z.literal("release") }),
  z.object({
    intent: z.literal("defer"),
    until: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Defer until: choose a date.").refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)), "Defer until: not a date."),
    reason: z.string().trim().max(500, "Reason: keep it to 500 characters.").optional(),
  }),
  z.object({ intent: z.literal("resume") }),
]);
const common = z.object({ suspectId: z.string().refine(isRecordId, "The suspect is missing; reload the page."), queue: z.string().max(2000).default("") });

/**
 * Who works a suspect and when: take it, hand it on, release it, put it off
 * until a day (then on to the next pair of the queue) or bring it back. The
 * domain operations ask the policy; a refusal comes back as the message.
 */
export async function changeAssignment(_previous: AssignmentState, form: FormData): Promise<AssignmentState> {
  const principal = await requirePrincipal();
  const fields = Object.fromEntries(form);
  const base = common.safeParse(fields);
  const parsed = assignment.safeParse(fields);
  if (!base.success || !parsed.success) return { message: (base.error ?? parsed.error)?.issues[0]?.message ?? "The form was not understood; reload the page." };
  const { suspectId } = base.data;
  const queue = queueOf(base.data.queue);
  const here = (notice: string) => queue.href(`/suspects/${suspectId}`, { notice });
  let next: string;
  try {
    const a = parsed.data;
    if (a.intent === "take") await assignSuspect({ suspectId, principal });
    if (a.intent === "assign") await assignSuspect({ suspectId, principal, assigneeId: a.assigneeId });
    if (a.intent === "release") await releaseSuspect({ suspectId, principal });
    if (a.intent === "resume") await deferSuspect({ suspectId, principal, until: null });
    if (a.intent === "defer") await deferSuspect({ suspectId, principal, until: new Date(`${a.until}T00:00:00Z`), reason: a.reason });
    next = a.intent === "defer" ? await nextInQueue(suspectId, queue, principal.id, "deferred") : here(a.intent === "take" || a.intent === "assign" ? "assigned" : a.intent === "release" ? "released" : "resumed");
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    revalidatePath(`/suspects/${suspectId}`);
    return { message: error.message };
  }
  revalidatePath("/suspects");
  redirect(next);
}
