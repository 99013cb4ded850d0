import { randomUUID } from "node:crypto";
import { sql } from "@/src/db";

/**
 * `count` undispatched golden-record events, as the writer leaves them: one
 * record per `perRecord` events (created, then updates), so delivery order per
 * record is exercised. Written straight to the outbox, since the bench
 * measures distribution, not matching.
 */
export async function writeOutboxEvents(count: number, perRecord: number): Promise<void> {
  const records = Math.ceil(count / perRecord);
  for (let from = 0; from < records; from += 5_000) {
    const ids = Array.from({ length: Math.min(5_000, records - from) }, () => randomUUID());
    await sql.begin(async (tx) => {
      await tx`INSERT INTO "GoldenRecord" ${tx(ids.map((id, i) => ({ id, displayName: `Bench Customer ${from + i}`, attributes: tx.json({}), lineage: tx.json({}), version: perRecord, updatedAt: new Date() })))}`;
      const events = ids.flatMap((id, i) =>
        Array.from({ length: Math.min(perRecord, count - (from + i) * perRecord) }, (_, v) => ({
          id: randomUUID(),
          type: v === 0 ? "golden.created" : "golden.updated",
          goldenRecordId: id,
          payload: tx.json({ goldenRecordId: id, version: v + 1, status: "ACTIVE", displayName: `Bench Customer ${from + i}`, entityType: "person", attributes: { lastName: `Customer ${from + i}`, city: "Utrecht" }, changedAttributes: ["lastName"], sources: ["bench"], reason: "bench" }),
        })),
      );
      for (let at = 0; at < events.length; at += 10_000) await tx`INSERT INTO "ChangeEvent" ${tx(events.slice(at, at + 10_000))}`;
    });
  }
}
