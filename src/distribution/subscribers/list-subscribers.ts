import { z } from "zod";
import { authorize } from "@/src/auth/permissions";
import type { Principal } from "@/src/auth/principal";
import { sql } from "@/src/db";
import { AppError } from "@/src/errors";
import { parseInput } from "@/src/auth/parse-input";
import { recordIdField } from "./record-ids";
import { subscriberViewColumns, type SubscriberView } from "./subscriber-view";

/** How far back in a subscriber's attempt log its last failure is looked for: older failures are history, not a problem to show. */
export const FAILURE_LOOKBACK_ATTEMPTS = 1_000;

export type SubscriberRow = SubscriberView & {
  pendingDeliveries: number;
  failedDeliveries: number;
  /** the newest attempt the subscriber accepted (2xx) */
  lastSuccessAt: Date | null;
  /** the newest failed attempt among its last FAILURE_LOOKBACK_ATTEMPTS */
  lastFailure: { at: Date; statusCode: number | null; error: string } | null;
};

type Row = SubscriberView & { lastSuccessAt: Date | null; lastFailureAt: Date | null; lastFailureStatus: number | null; lastFailureError: string | null };

/**
 * Every subscriber with what an admin checks first: whether it is enabled
 * (and who or what disabled it), whether it is failing, how much waits or
 * gave up, and when it last accepted or refused a message. Secrets never;
 * a rotation shows only when the old secret stops signing. Two statements
 * whatever the number of subscribers: the attempt log is read newest first
 * through its (subscriber, time) index and the counts through the status one.
 */
export async function listSubscribers(opts: { principal: Principal }): Promise<SubscriberRow[]> {
  authorize(opts.principal, "subscribers.manage");
  return readSubscribers();
}

/** One subscriber as the list shows it, for its own page. */
export async function getSubscriber(opts: { principal: Principal; subscriberId: unknown }): Promise<SubscriberRow> {
  authorize(opts.principal, "subscribers.manage");
  const { subscriberId } = parseInput(z.object({ subscriberId: recordIdField("Subscriber") }), { subscriberId: opts.subscriberId });
  const [found] = await readSubscribers(subscriberId);
  if (!found) throw new AppError("NOT_FOUND", "That subscriber no longer exists.");
  return found;
}

async function readSubscribers(onlyId?: string): Promise<SubscriberRow[]> {
  const [rows, counts] = await Promise.all([
    sql<Row[]>`
      SELECT ${subscriberViewColumns(sql)}, ok."startedAt" AS "lastSuccessAt",
        bad."startedAt" AS "lastFailureAt", bad."statusCode" AS "lastFailureStatus", bad.error AS "lastFailureError"
      FROM "Subscriber" s
      LEFT JOIN LATERAL (
        SELECT a."startedAt" FROM "DeliveryAttempt" a WHERE a."subscriberId" = s.id AND a.error IS NULL ORDER BY a."startedAt" DESC LIMIT 1
      ) ok ON true
      LEFT JOIN LATERAL (
        SELECT recent.* FROM (
          SELECT a."startedAt", a."statusCode", a.error FROM "DeliveryAttempt" a WHERE a."subscriberId" = s.id
          ORDER BY a."startedAt" DESC LIMIT ${FAILURE_LOOKBACK_ATTEMPTS}
        ) recent WHERE recent.error IS NOT NULL ORDER BY recent."startedAt" DESC LIMIT 1
      ) bad ON true
      ${onlyId ? sql`WHERE s.id = ${onlyId}` : sql``}
      ORDER BY lower(s.name), s.id`,
    sql<{ subscriberId: string; pending: number; failed: number }[]>`
      SELECT "subscriberId", count(*) FILTER (WHERE status = 'PENDING')::int AS pending, count(*) FILTER (WHERE status = 'FAILED')::int AS failed
      FROM "Delivery" WHERE status IN ('PENDING', 'FAILED') ${onlyId ? sql`AND "subscriberId" = ${onlyId}` : sql``} GROUP BY "subscriberId"`,
  ]);
  const bySubscriber = new Map(counts.map((c) => [c.subscriberId, c]));
  return rows.map(({ lastFailureAt, lastFailureStatus, lastFailureError, ...row }) => ({
    ...row,
    pendingDeliveries: bySubscriber.get(row.id)?.pending ?? 0,
    failedDeliveries: bySubscriber.get(row.id)?.failed ?? 0,
    lastFailure: lastFailureAt ? { at: lastFailureAt, statusCode: lastFailureStatus, error: lastFailureError ?? "" } : null,
  }));
}
