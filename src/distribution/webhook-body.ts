import type { WebhookPayloadStyle } from "@/prisma/generated/client";

type StoredEvent = { type: string; createdAt: Date; sequence: bigint | number | string; payload: unknown };
type Payload = Record<string, unknown> & { attributes?: Record<string, string>; changedAttributes?: string[] };

/**
 * A thin payload names what changed and its new values: enough for a
 * subscriber that only mirrors a few fields, without a whole customer in
 * every message. A value that was removed reads null.
 */
function thin(payload: Payload, sequence: number): Record<string, unknown> {
  const changed = payload.changedAttributes ?? [];
  return {
    goldenRecordId: payload.goldenRecordId,
    version: payload.version,
    sequence,
    status: payload.status,
    changedAttributes: changed,
    changes: Object.fromEntries(changed.map((name) => [name, payload.attributes?.[name] ?? null])),
    ...(payload.survivorId ? { survivorId: payload.survivorId } : {}),
    ...(payload.mergedIds ? { mergedIds: payload.mergedIds } : {}),
  };
}

/**
 * The Standard Webhooks envelope: `type`, `timestamp` and `data`, so receivers
 * can use any Standard Webhooks library to verify and route events. `data`
 * carries the event's global sequence beside the golden record's version.
 */
export function webhookBody(event: StoredEvent, style: WebhookPayloadStyle = "FULL"): string {
  const sequence = Number(event.sequence);
  const payload = (event.payload ?? {}) as Payload;
  const data = style === "THIN" ? thin(payload, sequence) : { ...payload, sequence };
  return JSON.stringify({ type: event.type, timestamp: event.createdAt.toISOString(), data });
}
