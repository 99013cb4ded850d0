import type { Principal } from "@/src/auth/principal";
import { listDeliveries, type DeliveryPage } from "@/src/distribution/subscribers/list-deliveries";
import { listDeliveryAttempts, type DeliveryAttemptRow } from "@/src/distribution/subscribers/list-delivery-attempts";
import { AppError } from "@/src/errors";
import type { DeliveryParams } from "./delivery-params";

/** A page an admin can scan, well under the domain's maximum. */
export const DELIVERIES_PER_PAGE = 50;

export type DeliveryLog = DeliveryPage & {
  /** set when the link's page cursor was not one the log gave: the first page is shown instead */
  staleCursor: boolean;
  /** the attempts of the delivery whose list is open, when it is on this page */
  attempts: { deliveryId: string; rows: DeliveryAttemptRow[] } | null;
};

/** One page of a subscriber's delivery log and the attempt list opened on it; a tampered or outdated cursor falls back to the newest page. */
export async function loadDeliveryLog(principal: Principal, subscriberId: string, params: DeliveryParams): Promise<DeliveryLog> {
  const read = (after?: string) => listDeliveries({ principal, subscriberId, status: params.status, after, first: DELIVERIES_PER_PAGE });
  let page: DeliveryPage;
  let staleCursor = false;
  try {
    page = await read(params.after);
  } catch (error) {
    if (!(error instanceof AppError && error.code === "VALIDATION_FAILED" && params.after)) throw error;
    page = await read();
    staleCursor = true;
  }
  const open = params.attempts && page.rows.some((r) => r.id === params.attempts) ? params.attempts : null;
  const attempts = open ? { deliveryId: open, rows: await listDeliveryAttempts({ principal, subscriberId, deliveryId: open }) } : null;
  return { ...page, staleCursor, attempts };
}
