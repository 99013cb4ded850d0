import { DelayedError } from "bullmq";
import { deliverWebhook } from "@/src/distribution/deliver-webhook";
import { nextInLine, WAITING_LOOKS_AGAIN_MS } from "@/src/distribution/claim-delivery";
import { enqueue, queue } from "@/workers/contracts";
import type { JobHandler } from "./job-handler";

/** Wakes the delivery that waited for this one, so a customer's next change follows at once. */
async function wakeNext(deliveryId: string): Promise<void> {
  const next = await nextInLine(deliveryId);
  if (!next) return;
  const waiting = await queue("distribution").getJob(`deliver-${next}`);
  if (!waiting) await enqueue("webhook.deliver", { deliveryId: next });
  // It may have moved on between the look and the promotion; then it looks again on its own, which is all waking is for.
  else if (await waiting.isDelayed()) await waiting.promote().catch(() => {});
}

/**
 * Sends one delivery. The queue owns the retry schedule, so this tells the
 * domain whether the queue will try again and when, for the Delivery row. A
 * delivery whose turn has not come sleeps as a delayed job (no attempt
 * spent) until the one before it succeeds or runs out of attempts and wakes it.
 */
export const webhookDeliver: JobHandler<"webhook.deliver"> = async ({ deliveryId }, job, token) => {
  const attempts = job.opts.attempts ?? 1;
  const delay = typeof job.opts.backoff === "object" ? (job.opts.backoff.delay ?? 1000) : 1000;
  const lastAttempt = job.attemptsMade + 1 >= attempts;
  let outcome;
  try {
    outcome = await deliverWebhook({ deliveryId, lastAttempt, retryDelayMs: delay * 2 ** job.attemptsMade });
  } catch (err) {
    if (lastAttempt) await wakeNext(deliveryId);
    throw err;
  }
  if (outcome === "waiting" && token) {
    await job.moveToDelayed(Date.now() + WAITING_LOOKS_AGAIN_MS, token);
    throw new DelayedError();
  }
  if (outcome === "sent") await wakeNext(deliveryId);
  return outcome;
};
