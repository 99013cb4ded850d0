import type { WebhookPayloadStyle } from "@/prisma/generated/client";
import { env } from "@/src/env";
import { type AttemptResult } from "./record-attempts";
import { nextAttemptAt } from "./retry-schedule";
import { signedHeaders } from "./sign-webhook";
import { postWebhook, WebhookRefusedError } from "./url-guard/post-webhook";
import { webhookBody } from "./webhook-body";

export type SendingSubscriber = {
  id: string;
  url: string;
  secret: string;
  previousSecret: string | null;
  previousSecretExpiresAt: Date | null;
  payloadStyle: WebhookPayloadStyle;
};

export type ClaimedDelivery = { id: string; attempts: number; event: { id: string; type: string; createdAt: Date; sequence: bigint | number | string; payload: unknown } };

/** What sending one delivery came to, and whether its subscriber must be disabled because of it. */
export type Sent = AttemptResult & { disable: string | null };

/**
 * POSTs one delivery, signed, and decides what follows: a 2xx is delivered;
 * a 410 or a refused address disables the subscriber (the delivery waits for
 * it); anything else is retried on the schedule until attempts run out. The
 * webhook-id is the event id, identical on every retry and replay.
 */
export async function sendDelivery(subscriber: SendingSubscriber, delivery: ClaimedDelivery, now: Date): Promise<Sent> {
  const body = webhookBody(delivery.event, subscriber.payloadStyle);
  const attempts = delivery.attempts + 1;
  const base = { deliveryId: delivery.id, startedAt: now, attempts };
  let answer;
  try {
    answer = await postWebhook({ url: subscriber.url, headers: signedHeaders(subscriber, delivery.event.id, body, now), body, timeoutMs: env.WEBHOOK_TIMEOUT_MS });
  } catch (err) {
    const error = (err as Error).message;
    if (err instanceof WebhookRefusedError) return { ...base, statusCode: null, latencyMs: 0, excerpt: null, error, outcome: "held", nextAttemptAt: now, disable: `refused: ${error}` };
    const next = nextAttemptAt({ deliveryId: delivery.id, attempts, status: null, retryAfter: null, now });
    return { ...base, statusCode: null, latencyMs: 0, excerpt: null, error, outcome: next ? "retry" : "failed", nextAttemptAt: next ?? now, disable: null };
  }
  const { status, latencyMs, excerpt, retryAfter } = answer;
  const answered = { ...base, statusCode: status, latencyMs, excerpt: excerpt || null };
  if (status >= 200 && status < 300) return { ...answered, error: null, outcome: "sent", nextAttemptAt: now, disable: null };
  const error = `HTTP ${status}${excerpt ? `: ${excerpt.slice(0, 200)}` : ""}`;
  if (status === 410) return { ...answered, error, outcome: "held", nextAttemptAt: now, disable: `answered 410 Gone at ${now.toISOString()}` };
  const next = nextAttemptAt({ deliveryId: delivery.id, attempts, status, retryAfter, now });
  return { ...answered, error, outcome: next ? "retry" : "failed", nextAttemptAt: next ?? now, disable: null };
}
