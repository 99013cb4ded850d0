import { sql } from "@/src/db";

export type DeliveryHealth = {
  pending: number;
  failed: number;
  succeeded: number;
  /** when the longest-waiting pending delivery was created; null when none waits */
  oldestPendingAt: Date | null;
};

/**
 * Whether subscribers are being kept up to date: deliveries by state and how
 * long the oldest unsent one has waited, a stuck subscriber's first sign.
 * One statement.
 */
export async function countDeliveryHealth(): Promise<DeliveryHealth> {
  const [row] = await sql<DeliveryHealth[]>`
    SELECT count(*) FILTER (WHERE status = 'PENDING')::int AS pending,
           count(*) FILTER (WHERE status = 'FAILED')::int AS failed,
           count(*) FILTER (WHERE status = 'SUCCEEDED')::int AS succeeded,
           min("createdAt") FILTER (WHERE status = 'PENDING') AS "oldestPendingAt"
    FROM "Delivery"`;
  return row;
}
