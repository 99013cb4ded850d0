import { z } from "zod";
import { recordAudit } from "@/src/audit/record-audit";
import { parseInput } from "@/src/auth/parse-input";
import { authorize } from "@/src/auth/permissions";
import type { Principal } from "@/src/auth/principal";
import { sql } from "@/src/db";
import { subscriberWantsEvent } from "@/src/distribution/subscriber-filter";
import { AppError } from "@/src/errors";
import { recordIdField } from "./record-ids";
import { wakeSubscribers } from "@/src/distribution/wake-subscribers";

const startMessage = "Replay: give either a time or a sequence number to start from, not both.";

const inputSchema = z
  .object({
    subscriberId: recordIdField("Subscriber"),
    since: z.coerce.date({ error: "Since: give a date and time, such as 2025-03-01T00:00:00Z." }).nullish(),
    sinceSequence: z
      .union([z.number().int().min(1), z.string().regex(/^[1-9]\d{0,17}$/)], { error: "Since sequence: give an event's sequence number (a whole number from 1)." })
      .nullish()
      .transform((n) => (n == null ? null : String(n))),
  })
  .superRefine((input, ctx) => {
    if ((input.since == null) === (input.sinceSequence == null)) ctx.addIssue({ code: "custom", path: ["since"], message: startMessage });
  });

export type Replayed = { replayed: number; created: number; subscriberEnabled: boolean };

/**
 * Sends a subscriber again every event since a time, or from a sequence
 * number on (both inclusive), that its filters take now: a receiver that
 * lost data, or that was just added and needs the past. Its deliveries of
 * those events restart (PENDING, attempts 0, due now) and events it never
 * had a delivery for get one, each event once (`created` counts the new
 * ones). Only dispatched events: the dispatcher hands out the rest itself.
 * One statement whatever the range; one drain then sends them all in order,
 * and if the wake-up is lost the sweeper finds them due.
 */
export async function replayDeliveries(opts: { principal: Principal; subscriberId: unknown; since?: unknown; sinceSequence?: unknown }): Promise<Replayed> {
  authorize(opts.principal, "subscribers.manage");
  const input = parseInput(inputSchema, { subscriberId: opts.subscriberId, since: opts.since ?? undefined, sinceSequence: opts.sinceSequence });
  const result = await sql.begin(async (tx) => {
    const [subscriber] = await tx<{ id: string; active: boolean }[]>`SELECT id, active FROM "Subscriber" WHERE id = ${input.subscriberId} FOR UPDATE`;
    if (!subscriber) throw new AppError("NOT_FOUND", "That subscriber no longer exists. Reload the page.");
    const at = new Date();
    const inRange = input.since ? tx`e."createdAt" >= ${input.since}` : tx`e.sequence >= ${input.sinceSequence}::bigint`;
    const [counts] = await tx<{ reset: number; created: number }[]>`
      WITH wanted AS (
        SELECT e.id FROM "ChangeEvent" e JOIN "Subscriber" s ON s.id = ${subscriber.id}
        WHERE e."dispatchedAt" IS NOT NULL AND ${inRange} AND ${subscriberWantsEvent(tx)}
      ), reset AS (
        UPDATE "Delivery" d SET status = 'PENDING', attempts = 0, "nextAttemptAt" = ${at}, bulk = true
        FROM wanted w WHERE d."subscriberId" = ${subscriber.id} AND d."eventId" = w.id
        RETURNING d.id
      ), created AS (
        INSERT INTO "Delivery" (id, "subscriberId", "eventId", "nextAttemptAt", "createdAt", bulk)
        SELECT gen_random_uuid()::text, ${subscriber.id}, w.id, ${at}, ${at}, true FROM wanted w
        WHERE NOT EXISTS (SELECT 1 FROM "Delivery" d WHERE d."subscriberId" = ${subscriber.id} AND d."eventId" = w.id)
        ON CONFLICT ("subscriberId", "eventId") DO NOTHING
        RETURNING id
      )
      SELECT (SELECT count(*) FROM reset)::int AS reset, (SELECT count(*) FROM created)::int AS created`;
    const replayed = counts.reset + counts.created;
    await recordAudit(tx, opts.principal, at, {
      action: "subscriber.replay",
      targetType: "Subscriber",
      targetId: subscriber.id,
      data: { since: input.since ?? null, sinceSequence: input.sinceSequence, replayed, created: counts.created },
    });
    return { replayed, created: counts.created, subscriberEnabled: subscriber.active };
  });
  if (result.replayed && result.subscriberEnabled) await wakeSubscribers([input.subscriberId]);
  return result;
}
