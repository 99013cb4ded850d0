import { deliverWebhook } from "@/src/distribution/deliver-webhook";
import type { JobHandler } from "./job-handler";

/**
 * Sends one delivery. The queue owns the retry schedule, so this tells the
 * domain whether the queue will try again and when, for the Delivery row.
 */
export const webhookDeliver: JobHandler<"webhook.deliver"> = async ({ deliveryId }, job) => {
  const attempts = job.opts.attempts ?? 1;
  const delay = typeof job.opts.backoff === "object" ? (job.opts.backoff.delay ?? 1000) : 1000;
  return deliverWebhook({
    deliveryId,
    lastAttempt: job.attemptsMade + 1 >= attempts,
    retryDelayMs: delay * 2 ** job.attemptsMade,
  });
};
