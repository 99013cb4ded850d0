"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { AppError } from "@/src/errors";
import { approvableActions, setApprovalRule, type ApprovableAction } from "@/src/stewardship/change-requests/approval-rules";
import { approveChangeRequest, rejectChangeRequest } from "@/src/stewardship/change-requests/decide-change-request";
import { requirePrincipal } from "@/app/components/require-principal";

export type RequestFormState = { message: string | null };

const decision = z.object({
  requestId: z.string().min(1).max(64),
  decision: z.enum(["approve", "reject"]),
  reason: z.string().trim().max(500, "Keep the reason under 500 characters."),
});

/** An approver's verdict on a change request; refusals and conflicts (the record changed since) come back in words. */
export async function decideRequest(_previous: RequestFormState, form: FormData): Promise<RequestFormState> {
  const principal = await requirePrincipal();
  const parsed = decision.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { message: parsed.error.issues[0]?.message ?? "The decision was not understood; reload the page." };
  const { requestId, reason } = parsed.data;
  try {
    if (parsed.data.decision === "approve") await approveChangeRequest({ requestId, principal, reason });
    else await rejectChangeRequest({ requestId, principal, reason });
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    revalidatePath("/requests");
    return { message: error.message };
  }
  revalidatePath("/", "layout");
  return { message: null };
}

const actions = Object.keys(approvableActions) as [ApprovableAction, ...ApprovableAction[]];

/** Saves which actions need a second person's approval: every listed action, checked or not. */
export async function saveApprovalRules(_previous: RequestFormState, form: FormData): Promise<RequestFormState> {
  const principal = await requirePrincipal();
  const checked = new Set(z.array(z.enum(actions)).catch([]).parse(form.getAll("required")));
  try {
    for (const action of actions) await setApprovalRule({ action, required: checked.has(action), principal });
  } catch (error) {
    if (error instanceof AppError) return { message: error.message };
    throw error;
  }
  revalidatePath("/requests");
  return { message: "Saved." };
}
