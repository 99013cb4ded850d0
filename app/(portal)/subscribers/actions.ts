"use server";

import { revalidatePath } from "next/cache";
import { allowWebhookHost } from "@/src/distribution/subscribers/allow-webhook-host";
import { createSubscriber } from "@/src/distribution/subscribers/create-subscriber";
import { removeAllowlistEntry } from "@/src/distribution/subscribers/remove-allowlist-entry";
import { AppError, type FieldIssue } from "@/src/errors";
import { asManager, manager, notAdmin, type SubscriberActionState } from "./as-manager";
import { emptySubscriberValues, refusalMessage, subscriberInput, type SubscriberValues } from "./subscriber-input";

export type CreateSubscriberState = {
  /** how many answers the form has had: its fields are drawn afresh from `values` after each */
  answers: number;
  message: string | null;
  issues: FieldIssue[];
  /** the new subscriber and its signing secret, which is never shown again */
  created: { id: string; name: string; secret: string } | null;
  values: SubscriberValues;
};
/** The allowlist form's answer, with what was typed, kept after a refusal. */
export type AllowHostState = SubscriberActionState & { values: { pattern: string; note: string } };

/** Creates a subscriber and hands its secret back to the form, the one place it is ever shown; a refusal keeps everything chosen. */
export async function createSubscriberAction(previous: CreateSubscriberState, form: FormData): Promise<CreateSubscriberState> {
  const { input, values } = subscriberInput(form);
  const answers = previous.answers + 1;
  const principal = await manager();
  if (!principal) return { answers, message: notAdmin, issues: [], created: null, values };
  try {
    const { subscriber, secret } = await createSubscriber({ principal, input });
    revalidatePath("/subscribers");
    return { answers, message: null, issues: [], created: { id: subscriber.id, name: subscriber.name, secret }, values: emptySubscriberValues };
  } catch (error) {
    if (error instanceof AppError) return { answers, message: refusalMessage("Not added", error), issues: error.issues, created: null, values };
    throw error;
  }
}

/** Lets webhooks reach a private host an admin vouches for; the guard admits it within seconds in every process. A refusal keeps what was typed. */
export async function allowHostAction(_previous: AllowHostState, form: FormData): Promise<AllowHostState> {
  const values = { pattern: String(form.get("pattern") ?? ""), note: String(form.get("note") ?? "") };
  const state = await asManager(async (principal) => {
    const entry = await allowWebhookHost({ principal, pattern: values.pattern, note: values.note });
    return `Allowed ${entry.pattern}.`;
  });
  return { ...state, values: state.ok ? { pattern: "", note: "" } : values };
}

/** Takes a host off the allowlist; subscribers still pointing there are disabled at their next delivery, with the reason. */
export async function removeAllowlistEntryAction(_previous: SubscriberActionState, form: FormData): Promise<SubscriberActionState> {
  return asManager(async (principal) => {
    const { pattern } = await removeAllowlistEntry({ principal, entryId: form.get("entryId") });
    return `Removed ${pattern}.`;
  });
}
