"use server";

import { revalidatePath } from "next/cache";
import { replayDeliveries } from "@/src/distribution/subscribers/replay-deliveries";
import { resendDelivery } from "@/src/distribution/subscribers/resend-delivery";
import { rotateSubscriberSecret } from "@/src/distribution/subscribers/rotate-subscriber-secret";
import { setSubscriberEnabled } from "@/src/distribution/subscribers/set-subscriber-enabled";
import { updateSubscriber } from "@/src/distribution/subscribers/update-subscriber";
import { AppError } from "@/src/errors";
import { formatCount, formatTime } from "@/app/components/format";
import { asManager, manager, notAdmin, type SubscriberActionState } from "../as-manager";
import { refusalMessage, subscriberInput, type SubscriberValues } from "../subscriber-input";
import { overlapInput, replayInput } from "./settings-input";

/** The edit form's answer, with what was chosen so the fields are drawn afresh from it (`answers` keys them). */
export type EditSubscriberState = SubscriberActionState & { answers: number; values: SubscriberValues };
/** The rotation's answer: the new secret, held only in this one response. */
export type RotateState = SubscriberActionState & { secret: string | null };
/** The replay's answer, with what was typed, kept after a refusal. */
export type ReplayState = SubscriberActionState & { values: { since: string; sinceSequence: string } };

const pageOf = (form: FormData) => `/subscribers/${String(form.get("subscriberId") ?? "")}`;

/** Saves a subscriber's settings. An unchanged URL is left out, so renaming a subscriber whose host was since taken off the allowlist still works. */
export async function updateSubscriberAction(previous: EditSubscriberState, form: FormData): Promise<EditSubscriberState> {
  const { input, values } = subscriberInput(form);
  const answers = previous.answers + 1;
  if (values.url === form.get("originalUrl")) delete input.url;
  const principal = await manager();
  if (!principal) return { answers, values, message: notAdmin, ok: false, issues: [] };
  try {
    const { changed } = await updateSubscriber({ principal, subscriberId: form.get("subscriberId"), input });
    revalidatePath("/subscribers");
    revalidatePath(pageOf(form));
    return { answers, values, message: changed ? "Saved. New filters apply to events dispatched from now on." : "Nothing to change.", ok: true, issues: [] };
  } catch (error) {
    if (error instanceof AppError) return { answers, values, message: refusalMessage("Not saved", error), ok: false, issues: error.issues };
    throw error;
  }
}

/** Disables or enables the subscriber; enabling sends what waited at once. */
export async function setEnabledAction(_previous: SubscriberActionState, form: FormData): Promise<SubscriberActionState> {
  const enabled = form.get("enabled") === "true";
  return asManager(async (principal) => {
    const { changed, requeued } = await setSubscriberEnabled({ principal, subscriberId: form.get("subscriberId"), enabled });
    if (!changed) return enabled ? "It was enabled already." : "It was disabled already.";
    if (!enabled) return "Disabled. Its deliveries wait until it is enabled again.";
    return requeued ? `Enabled. ${formatCount(requeued)} waiting ${requeued === 1 ? "delivery goes" : "deliveries go"} out now.` : "Enabled.";
  }, [pageOf(form)]);
}

/** Gives the subscriber a new signing secret and hands it back to the form, the one place it is shown. */
export async function rotateSecretAction(_previous: RotateState, form: FormData): Promise<RotateState> {
  let secret: string | null = null;
  const state = await asManager(async (principal) => {
    const rotated = await rotateSubscriberSecret({ principal, subscriberId: form.get("subscriberId"), overlapHours: overlapInput(form) });
    secret = rotated.secret;
    return rotated.previousSecretExpiresAt
      ? `The previous secret keeps signing beside the new one until ${formatTime(rotated.previousSecretExpiresAt)}: switch the receiver before then.`
      : "The previous secret stopped signing now: messages carry only the new signature.";
  }, [pageOf(form)]);
  return { ...state, secret };
}

/** Sends the subscriber again every event since a time or a sequence number that its filters take now; a refusal keeps what was typed. */
export async function replayAction(_previous: ReplayState, form: FormData): Promise<ReplayState> {
  const values = { since: String(form.get("since") ?? ""), sinceSequence: String(form.get("sinceSequence") ?? "") };
  const state = await asManager(async (principal) => {
    const { replayed, created, subscriberEnabled } = await replayDeliveries({ principal, subscriberId: form.get("subscriberId"), ...replayInput(form) });
    if (!replayed) return "Nothing to replay: no event dispatched since then passes this subscriber's filters.";
    const queued = `Queued ${formatCount(replayed)} ${replayed === 1 ? "delivery" : "deliveries"} (${formatCount(created)} new).`;
    return subscriberEnabled ? `${queued} They go out in order now.` : `${queued} They wait until the subscriber is enabled.`;
  }, [pageOf(form)]);
  return { ...state, values: state.ok ? { since: "", sinceSequence: "" } : values };
}

/** Sends one delivery again, whatever became of it; its attempts keep counting in the attempt list. */
export async function resendAction(_previous: SubscriberActionState, form: FormData): Promise<SubscriberActionState> {
  return asManager(async (principal) => {
    const { subscriberEnabled } = await resendDelivery({ principal, deliveryId: form.get("deliveryId") });
    return subscriberEnabled ? "Queued to send now." : "Queued; it waits until the subscriber is enabled.";
  }, [pageOf(form)]);
}
