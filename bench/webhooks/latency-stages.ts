import { percentile } from "@/bench/metrics/percentile";
import { prisma } from "@/src/db";

/** One push the bench timed: its batch and, in wall-clock milliseconds, when it was sent and its webhook verified. */
export type TimedPush = { batchId: string; externalId: string; sentAt: number; receivedAt: number };

type StageTimes = {
  batchId: string;
  stored: Date;
  pickedUp: Date | null;
  matched: Date | null;
  dispatched: Date | null;
  sendStarted: Date | null;
};

/**
 * Splits each push's latency at the times the hub recorded on its way
 * (batch stored, picked up by a worker, matched, event dispatched, POST
 * started), so the figure says which step the slow pushes waited in.
 */
export async function latencyStages(pushes: TimedPush[]): Promise<string[]> {
  const rows = await prisma.$queryRaw<StageTimes[]>`
    SELECT b.id AS "batchId", b."createdAt" AS stored, b."startedAt" AS "pickedUp", b."finishedAt" AS matched,
           e."dispatchedAt" AS dispatched, a."startedAt" AS "sendStarted"
    FROM unnest(${pushes.map((p) => p.batchId)}::text[], ${pushes.map((p) => p.externalId)}::text[]) AS pushed("batchId", "externalId")
    JOIN "IngestBatch" b ON b.id = pushed."batchId"
    JOIN "SourceRecord" sr ON sr."sourceId" = b."sourceId" AND sr."externalId" = pushed."externalId"
    JOIN "ChangeEvent" e ON e."goldenRecordId" = sr."goldenRecordId" AND e.type = 'golden.created'
    JOIN "Delivery" d ON d."eventId" = e.id
    JOIN "DeliveryAttempt" a ON a."deliveryId" = d.id AND a.number = 1`;
  const byBatch = new Map(rows.map((r) => [r.batchId, r]));
  const steps: Record<string, number[]> = {
    "request → batch stored": [],
    "stored → picked up": [],
    "picked up → matched": [],
    "matched → dispatched": [],
    "dispatched → POST started": [],
    "POST started → verified": [],
  };
  const gap = (to: Date | null, from: Date | null) => (to && from ? to.getTime() - from.getTime() : Number.NaN);
  for (const push of pushes) {
    const r = byBatch.get(push.batchId);
    if (!r) continue;
    const spans = [
      r.stored.getTime() - push.sentAt,
      gap(r.pickedUp, r.stored),
      gap(r.matched, r.pickedUp),
      gap(r.dispatched, r.matched),
      gap(r.sendStarted, r.dispatched),
      r.sendStarted ? push.receivedAt - r.sendStarted.getTime() : Number.NaN,
    ];
    Object.values(steps).forEach((list, i) => Number.isFinite(spans[i]) && list.push(spans[i]));
  }
  const ms = (values: number[], p: number) => `${Math.round(percentile(values, p) ?? Number.NaN)}`.padStart(6);
  return [
    `stage (${byBatch.size} of ${pushes.length} pushes traced)          p50     p95     max  (ms)`,
    ...Object.entries(steps).map(([name, values]) => `  ${name.padEnd(42)}${ms(values, 50)}  ${ms(values, 95)}  ${ms(values, 100)}`),
  ];
}
