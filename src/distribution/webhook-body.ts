/**
 * The Standard Webhooks envelope: `type`, `timestamp` and `data`, so receivers
 * can use any Standard Webhooks library to verify and route events.
 */
export function webhookBody(event: { type: string; createdAt: Date; payload: unknown }): string {
  return JSON.stringify({ type: event.type, timestamp: event.createdAt.toISOString(), data: event.payload });
}
