import { z } from "zod";
import { parseInput } from "@/src/auth/parse-input";
import { authorize } from "@/src/auth/permissions";
import type { Principal } from "@/src/auth/principal";
import { prisma } from "@/src/db";
import { DELIVERIES_PAGE_MAX } from "./list-deliveries";
import type { DeliveryAttemptRow } from "./list-delivery-attempts";
import { recordIdField } from "./record-ids";

/**
 * The attempt logs of a page of one subscriber's deliveries in one
 * statement, so an API client reading a page with every delivery's attempts
 * costs the same whatever the page size. Ordered as `listDeliveryAttempts`
 * orders one log; a delivery of another subscriber gets no attempts, so one
 * subscriber's page never shows another's log.
 */
export async function listAttemptsOfDeliveries(opts: { principal: Principal; subscriberId: unknown; deliveryIds: unknown }): Promise<Map<string, DeliveryAttemptRow[]>> {
  authorize(opts.principal, "subscribers.manage");
  const { subscriberId, deliveryIds } = parseInput(
    z.object({ subscriberId: recordIdField("Subscriber"), deliveryIds: z.array(recordIdField("Delivery")).max(DELIVERIES_PAGE_MAX) }),
    { subscriberId: opts.subscriberId, deliveryIds: opts.deliveryIds },
  );
  const rows = await prisma.deliveryAttempt.findMany({
    where: { deliveryId: { in: deliveryIds }, subscriberId },
    orderBy: [{ deliveryId: "asc" }, { number: "asc" }, { startedAt: "asc" }],
    select: { deliveryId: true, id: true, number: true, startedAt: true, statusCode: true, latencyMs: true, responseExcerpt: true, error: true },
  });
  const byDelivery = new Map<string, DeliveryAttemptRow[]>(deliveryIds.map((id) => [id, []]));
  for (const { deliveryId, ...attempt } of rows) byDelivery.get(deliveryId)?.push(attempt);
  return byDelivery;
}
