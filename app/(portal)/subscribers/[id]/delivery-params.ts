import type { DeliveryStatus } from "@/prisma/generated/client";

/** The statuses the log can be filtered by, as `listDeliveries` accepts them. */
export const deliveryStatuses = ["PENDING", "SUCCEEDED", "FAILED"] as const satisfies readonly DeliveryStatus[];

/** What the delivery log's URL says: which status, which page, whose attempts are open. */
export type DeliveryParams = { status?: DeliveryStatus; after?: string; attempts?: string };

const one = (value: string | string[] | undefined) => (typeof value === "string" && value ? value : undefined);

/** Reads the log's query; an unknown status is ignored (all shown) rather than refused, since it only comes from an edited link. */
export function deliveryParams(query: Record<string, string | string[] | undefined>): DeliveryParams {
  const status = one(query.status);
  return {
    status: deliveryStatuses.find((s) => s === status),
    after: one(query.after),
    attempts: one(query.attempts),
  };
}

/**
 * A link to the log with these parameters, so filters, page and the open
 * attempt list survive each other's links. Paging and filtering jump to the
 * log; opening a row's attempts stays where the reader is (`jump: false`).
 */
export function deliveriesHref(subscriberId: string, params: DeliveryParams, { jump = true } = {}): string {
  const query = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => Boolean(e[1])));
  const qs = query.toString();
  return `/subscribers/${subscriberId}${qs ? `?${qs}` : ""}${jump ? "#deliveries" : ""}`;
}
