import { z } from "zod";
import type { DeliveryStatus } from "@/prisma/generated/client";
import { parseInput } from "@/src/auth/parse-input";
import { authorize } from "@/src/auth/permissions";
import type { Principal } from "@/src/auth/principal";
import { sql } from "@/src/db";
import { recordIdField } from "./record-ids";

export const DELIVERIES_PAGE_MAX = 200;

const inputSchema = z.object({
  subscriberId: recordIdField("Subscriber"),
  status: z.enum(["PENDING", "SUCCEEDED", "FAILED"], { error: "Status: choose PENDING, SUCCEEDED or FAILED." }).nullish(),
  // `<createdAt ms>.<sequence>` of the last row of the page before, as endCursor gave it.
  after: z.string().regex(/^\d{1,15}\.\d{1,18}$/, "After: pass an endCursor this list returned.").nullish(),
  first: z.number().int().min(1, "First: ask for at least 1.").max(DELIVERIES_PAGE_MAX, `First: ask for at most ${DELIVERIES_PAGE_MAX}.`).nullish(),
});

export type DeliveryRow = {
  id: string;
  status: DeliveryStatus;
  eventId: string;
  eventType: string;
  goldenRecordId: string;
  /** the golden record's version the event describes, as its payload says */
  version: number | null;
  sequence: number;
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
  lastAttemptAt: Date | null;
  nextAttemptAt: Date;
  deliveredAt: Date | null;
  createdAt: Date;
};

export type DeliveryPage = { rows: DeliveryRow[]; endCursor: string | null; hasNextPage: boolean };

/**
 * One subscriber's delivery log, newest first, a page at a time, optionally
 * one status only (what failed, what still waits): what an admin reads to
 * answer "did they get it, and what did they say". The cursor is the last
 * row's creation time and event sequence, so rows created while someone pages
 * never shift the pages after. Newest first by the (subscriber, createdAt) index.
 */
export async function listDeliveries(opts: { principal: Principal; subscriberId: unknown; status?: unknown; after?: unknown; first?: unknown }): Promise<DeliveryPage> {
  authorize(opts.principal, "subscribers.manage");
  const input = parseInput(inputSchema, { subscriberId: opts.subscriberId, status: opts.status, after: opts.after, first: opts.first });
  const first = input.first ?? 50;
  const [afterMs, afterSequence] = input.after ? input.after.split(".") : [];
  const rows = await sql<DeliveryRow[]>`
    SELECT d.id, d.status, d."eventId", e.type AS "eventType", e."goldenRecordId",
      CASE WHEN jsonb_typeof(e.payload->'version') = 'number' THEN (e.payload->>'version')::numeric::int END AS version,
      e.sequence::float8 AS sequence, d.attempts, d."lastStatusCode", d."lastError", d."lastAttemptAt", d."nextAttemptAt", d."deliveredAt", d."createdAt"
    FROM "Delivery" d JOIN "ChangeEvent" e ON e.id = d."eventId"
    WHERE d."subscriberId" = ${input.subscriberId}
      ${input.status ? sql`AND d.status = ${input.status}::"DeliveryStatus"` : sql``}
      ${input.after ? sql`AND (d."createdAt", e.sequence) < (${new Date(Number(afterMs))}, ${afterSequence}::bigint)` : sql``}
    ORDER BY d."createdAt" DESC, e.sequence DESC
    LIMIT ${first + 1}`;
  const page = rows.slice(0, first);
  const last = page.at(-1);
  return {
    rows: page,
    endCursor: last ? `${last.createdAt.getTime()}.${last.sequence}` : (input.after ?? null),
    hasNextPage: rows.length > first,
  };
}
