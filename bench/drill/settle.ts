import { setTimeout as sleep } from "node:timers/promises";
import { sql } from "@/src/db";

/** Work the pipeline still owes: the drill waits for all of it to reach zero. */
export type Owed = { batches: number; undispatched: number; pendingDeliveries: number };

async function owed(): Promise<Owed> {
  const [row] = await sql<Owed[]>`
    SELECT (SELECT count(*)::int FROM "IngestBatch" WHERE status IN ('PENDING', 'PROCESSING')) AS batches,
      (SELECT count(*)::int FROM "ChangeEvent" WHERE "dispatchedAt" IS NULL) AS undispatched,
      (SELECT count(*)::int FROM "Delivery" WHERE status = 'PENDING') AS "pendingDeliveries"`;
  return row;
}

/** Reads through a moment when the drill itself cut the database connections. */
export async function retrying<T>(read: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await read();
    } catch (err) {
      if (attempt >= 20) throw err;
      await sleep(500);
    }
  }
}

/**
 * Waits, with no manual step, until every batch is processed, every event
 * dispatched and every delivery done, showing what is still owed. Resolves
 * with the seconds it took, or with what was still owed when time ran out.
 */
export async function settle(timeoutMs: number): Promise<{ settled: boolean; seconds: number; owed: Owed }> {
  const started = Date.now();
  for (;;) {
    const now = await retrying(owed);
    const seconds = Math.round((Date.now() - started) / 1000);
    if (!now.batches && !now.undispatched && !now.pendingDeliveries) {
      if (process.stdout.isTTY) process.stdout.write("\r\x1b[K");
      return { settled: true, seconds, owed: now };
    }
    if (Date.now() - started > timeoutMs) {
      if (process.stdout.isTTY) process.stdout.write("\r\x1b[K");
      return { settled: false, seconds, owed: now };
    }
    const line = `settling ${seconds}s: ${now.batches} batches, ${now.undispatched} events undispatched, ${now.pendingDeliveries} deliveries pending`;
    if (process.stdout.isTTY) process.stdout.write(`\r\x1b[K  ${line}`);
    else if (seconds % 30 === 0) console.log(`  ${line}`);
    await sleep(1000);
  }
}
