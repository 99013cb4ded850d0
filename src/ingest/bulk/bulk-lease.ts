import { sql } from "@/src/db";
import { LEASE_MS, LEASE_RENEW_MS } from "./bulk-lane";

/**
 * A run's hold on its batches, renewed as it works. A run that stops
 * renewing (its worker was killed) loses the batches it has not finished
 * within LEASE_MS, and the sweeper's next look hands them to a new run.
 */
export class BulkLease {
  private renewedAt = Date.now();

  constructor(private readonly batchIds: readonly string[]) {}

  /** Renews when the last renewal is older than LEASE_RENEW_MS; cheap to call often. */
  async keep(): Promise<void> {
    if (Date.now() - this.renewedAt < LEASE_RENEW_MS) return;
    this.renewedAt = Date.now();
    await sql`UPDATE "IngestBatch" SET "leaseUntil" = ${new Date(this.renewedAt + LEASE_MS)} WHERE id = ANY(${this.batchIds}::text[]) AND status = 'PROCESSING'`;
  }
}
