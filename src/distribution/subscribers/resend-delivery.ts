import { z } from "zod";
import type { DeliveryStatus } from "@/prisma/generated/client";
import { recordAudit } from "@/src/audit/record-audit";
import { parseInput } from "@/src/auth/parse-input";
import { authorize } from "@/src/auth/permissions";
import type { Principal } from "@/src/auth/principal";
import { sql } from "@/src/db";
import { AppError } from "@/src/errors";
import { recordIdField } from "./record-ids";
import { wakeSubscribers } from "@/src/distribution/wake-subscribers";

type Before = { id: string; subscriberId: string; eventId: string; status: DeliveryStatus; attempts: number; active: boolean };

/**
 * Sends one delivery again, whatever became of it (failed for good, or
 * delivered but lost by the receiver): it goes back to PENDING with a fresh
 * retry schedule, due now, and a sender is woken. The receiver sees the same
 * webhook-id as before, so it can tell a resend from a new event. The
 * attempt log keeps counting. A disabled subscriber's resend waits for it to
 * be enabled (`subscriberEnabled: false` says so).
 */
export async function resendDelivery(opts: { principal: Principal; deliveryId: unknown }): Promise<{ subscriberId: string; subscriberEnabled: boolean }> {
  authorize(opts.principal, "subscribers.manage");
  const { deliveryId } = parseInput(z.object({ deliveryId: recordIdField("Delivery") }), { deliveryId: opts.deliveryId });
  const before = await sql.begin(async (tx) => {
    const [row] = await tx<Before[]>`
      SELECT d.id, d."subscriberId", d."eventId", d.status, d.attempts, s.active
      FROM "Delivery" d JOIN "Subscriber" s ON s.id = d."subscriberId" WHERE d.id = ${deliveryId} FOR UPDATE OF d`;
    if (!row) throw new AppError("NOT_FOUND", "That delivery no longer exists. Reload the page.");
    const at = new Date();
    await tx`UPDATE "Delivery" SET status = 'PENDING', attempts = 0, "nextAttemptAt" = ${at} WHERE id = ${row.id}`;
    await recordAudit(tx, opts.principal, at, {
      action: "delivery.resend",
      targetType: "Delivery",
      targetId: row.id,
      before: { status: row.status, attempts: row.attempts },
      after: { status: "PENDING", attempts: 0 },
      data: { subscriberId: row.subscriberId, eventId: row.eventId },
    });
    return row;
  });
  if (before.active) await wakeSubscribers([before.subscriberId]);
  return { subscriberId: before.subscriberId, subscriberEnabled: before.active };
}
