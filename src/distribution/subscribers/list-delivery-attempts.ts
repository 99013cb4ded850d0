import { z } from "zod";
import { parseInput } from "@/src/auth/parse-input";
import { authorize } from "@/src/auth/permissions";
import type { Principal } from "@/src/auth/principal";
import { prisma } from "@/src/db";
import { AppError } from "@/src/errors";
import { recordIdField } from "./record-ids";

export type DeliveryAttemptRow = {
  id: string;
  number: number;
  startedAt: Date;
  statusCode: number | null;
  latencyMs: number;
  /** the first bytes of what the subscriber answered */
  responseExcerpt: string | null;
  error: string | null;
};

/**
 * Every POST of one delivery in the order they were made, numbered across
 * resends, with what the subscriber answered and how long it took: the
 * evidence when a subscriber says it never got a message.
 */
export async function listDeliveryAttempts(opts: { principal: Principal; subscriberId: unknown; deliveryId: unknown }): Promise<DeliveryAttemptRow[]> {
  authorize(opts.principal, "subscribers.manage");
  const { subscriberId, deliveryId } = parseInput(z.object({ subscriberId: recordIdField("Subscriber"), deliveryId: recordIdField("Delivery") }), {
    subscriberId: opts.subscriberId,
    deliveryId: opts.deliveryId,
  });
  // The delivery is looked for under the subscriber whose page asks, so one subscriber's page never shows another's log.
  const delivery = await prisma.delivery.findFirst({
    where: { id: deliveryId, subscriberId },
    select: {
      attemptLog: {
        orderBy: [{ number: "asc" }, { startedAt: "asc" }],
        select: { id: true, number: true, startedAt: true, statusCode: true, latencyMs: true, responseExcerpt: true, error: true },
      },
    },
  });
  if (!delivery) throw new AppError("NOT_FOUND", "That delivery no longer exists. Reload the page.");
  return delivery.attemptLog;
}
