import { sql } from "@/src/db";
import { count } from "./context";
import type { Receiver } from "./receiver";
import { retrying } from "./settle";

/**
 * Pushed records the hub neither holds nor quarantined with a reason (lost),
 * those it quarantined, and batches that ended FAILED.
 */
export async function missingRecords(pushed: readonly { sourceKey: string; externalId: string }[]): Promise<{ missing: number; quarantined: number; failedBatches: number; stored: number }> {
  const keys = pushed.map((r) => r.sourceKey);
  const ids = pushed.map((r) => r.externalId);
  return retrying(async () => {
    const [row] = await sql<{ stored: number; quarantined: number }[]>`
      SELECT count(s.id)::int AS stored, count(*) FILTER (WHERE s.id IS NULL AND q.id IS NOT NULL)::int AS quarantined
      FROM unnest(${keys}::text[], ${ids}::text[]) AS p(key, "externalId")
      JOIN "Source" src ON src.key = p.key
      LEFT JOIN "SourceRecord" s ON s."sourceId" = src.id AND s."externalId" = p."externalId"
      LEFT JOIN LATERAL (SELECT r.id FROM "RejectedRecord" r WHERE r."sourceId" = src.id AND r."externalId" = p."externalId" LIMIT 1) q ON true`;
    const sourceKeys = [...new Set(keys)];
    const [failed] = await sql<{ n: number }[]>`
      SELECT count(*)::int AS n FROM "IngestBatch" b JOIN "Source" src ON src.id = b."sourceId"
      WHERE src.key = ANY(${sourceKeys}::text[]) AND b.status = 'FAILED'`;
    return { missing: pushed.length - row.stored - row.quarantined, quarantined: row.quarantined, failedBatches: failed.n, stored: row.stored };
  });
}

/** Where the outbox and the receiver stand now, so a scenario checks the events it caused. */
export type Mark = { sequence: string; repeats: number };

export async function markNow(receiver: Receiver): Promise<Mark> {
  const [{ sequence }] = await retrying(() => sql<{ sequence: string }[]>`SELECT coalesce(max(sequence), 0)::text AS sequence FROM "ChangeEvent"`);
  return { sequence, repeats: receiver.repeats };
}

export type DeliveryCheck = { events: number; notReceived: number; failedDeliveries: number; outOfOrder: number; repeats: number };

/**
 * Every event after `mark` reached the subscriber, once, and one golden
 * record's events arrived in version order: what a subscriber keeping a copy
 * of the golden records relies on.
 */
export async function checkDeliveries(receiver: Receiver, mark: Mark): Promise<DeliveryCheck> {
  const events = await retrying(() => sql<{ id: string }[]>`SELECT id FROM "ChangeEvent" WHERE sequence > ${mark.sequence}::bigint`);
  const [{ failed }] = await retrying(
    () => sql<{ failed: number }[]>`
      SELECT count(*)::int AS failed FROM "Delivery" d JOIN "ChangeEvent" e ON e.id = d."eventId"
      WHERE e.sequence > ${mark.sequence}::bigint AND d.status <> 'SUCCEEDED'`,
  );
  const ids = new Set(events.map((e) => e.id));
  const lastVersion = new Map<string, number>();
  let outOfOrder = 0;
  for (const r of receiver.accepted) {
    if (!ids.has(r.webhookId)) continue;
    const before = lastVersion.get(r.goldenRecordId) ?? 0;
    if (r.version <= before) outOfOrder++;
    else lastVersion.set(r.goldenRecordId, r.version);
  }
  return {
    events: ids.size,
    notReceived: events.filter((e) => !receiver.has(e.id)).length,
    failedDeliveries: failed,
    outOfOrder,
    repeats: receiver.repeats - mark.repeats,
  };
}

/** The delivery figures as the drill prints them. */
export function describeDeliveries(d: DeliveryCheck): string {
  return `${count(d.events)} events, ${d.notReceived} not received, ${d.failedDeliveries} deliveries not succeeded, ${d.outOfOrder} out of order, ${d.repeats} repeats`;
}

/**
 * Whether a subscriber got what it relies on. A process killed between a
 * subscriber's answer and recording it must send again (the webhook-id tells
 * the subscriber it is a repeat), so repeats are allowed only where the drill
 * kills processes; anywhere else a repeat is a defect.
 */
export const deliveriesOk = (d: DeliveryCheck, opts: { repeatsAllowed: boolean }) =>
  d.notReceived === 0 && d.failedDeliveries === 0 && d.outOfOrder === 0 && (opts.repeatsAllowed || d.repeats === 0);
