import { Webhook } from "standardwebhooks";
import { prisma } from "@/src/db";
import { env } from "@/src/env";
import { claimDelivery } from "./claim-delivery";
import { webhookBody } from "./webhook-body";

export class DeliveryFailedError extends Error {}

/** Keeps stored error texts short: a subscriber's error page is not ours to keep. */
const MAX_ERROR = 500;

/**
 * POSTs one event to one subscriber, signed per Standard Webhooks, once it
 * is this delivery's turn (see `claimDelivery`; "waiting" otherwise). The
 * webhook-id is the event id, identical on every retry, so receivers can drop
 * repeats. A failed attempt is recorded and thrown, and the queue retries it
 * with backoff; on the last attempt the delivery is marked FAILED.
 */
export async function deliverWebhook(opts: {
  deliveryId: string;
  lastAttempt: boolean;
  /** when the queue will try again after a failure, shown to admins */
  retryDelayMs: number;
  now?: Date;
}): Promise<"sent" | "skipped" | "waiting"> {
  const claim = await claimDelivery(opts.deliveryId, opts.now);
  if (claim !== "claimed") return claim === "waiting" ? "waiting" : "skipped";
  const delivery = await prisma.delivery.findUniqueOrThrow({
    where: { id: opts.deliveryId },
    include: { event: true, subscriber: true },
  });

  const body = webhookBody(delivery.event);
  const timestamp = opts.now ?? new Date();
  const signature = new Webhook(delivery.subscriber.secret).sign(delivery.event.id, timestamp, body);
  let status: number | null = null;
  let error: string | null = null;
  try {
    const res = await fetch(delivery.subscriber.url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "user-agent": "Goldenhub-Webhooks/1",
        "webhook-id": delivery.event.id,
        "webhook-timestamp": String(Math.floor(timestamp.getTime() / 1000)),
        "webhook-signature": signature,
      },
      body,
      signal: AbortSignal.timeout(env.WEBHOOK_TIMEOUT_MS),
      redirect: "manual",
    });
    status = res.status;
    if (!res.ok) error = `HTTP ${res.status}: ${(await res.text().catch(() => "")).slice(0, MAX_ERROR)}`;
  } catch (err) {
    error = (err as Error).message.slice(0, MAX_ERROR);
  }

  const attempts = delivery.attempts + 1;
  if (!error) {
    await prisma.delivery.update({
      where: { id: delivery.id },
      data: { status: "SUCCEEDED", attempts, lastStatusCode: status, lastError: null, deliveredAt: new Date(), sendingUntil: null },
    });
    return "sent";
  }
  await prisma.delivery.update({
    where: { id: delivery.id },
    data: {
      status: opts.lastAttempt ? "FAILED" : "PENDING",
      attempts,
      lastStatusCode: status,
      lastError: error,
      nextAttemptAt: new Date(timestamp.getTime() + opts.retryDelayMs),
      sendingUntil: null,
    },
  });
  throw new DeliveryFailedError(`delivery ${delivery.id} to ${delivery.subscriber.url} failed: ${error}`);
}
