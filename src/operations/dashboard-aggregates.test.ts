import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, prisma } from "@/src/db";
import { subscriber } from "@/src/testing/outbox-fixtures";
import { sourceWithToken, unique } from "@/src/testing/fixtures";
import { countDeliveryHealth } from "./count-delivery-health";
import { countIngestDecisions } from "./count-ingest-decisions";
import { countOpenSuspectsByBand, type BandRow } from "./count-open-suspects-by-band";
import { countStewardThroughput } from "./count-steward-throughput";
import { countSuspectsResolvedPerDay } from "./count-suspects-resolved-per-day";

// The test database is shared with other files, so every figure is checked as the difference this fixture makes.
const run = unique();
const now = new Date();
const hoursAgo = (h: number) => new Date(now.getTime() - h * 3_600_000);
const today = now.toISOString().slice(0, 10);
const yesterday = hoursAgo(24).toISOString().slice(0, 10);
const steward = `user:dash-${run}@dashboard.test`;
const goldenIds: string[] = [];
let subscriberId: string;

type Before = { bands: BandRow[]; resolved: Awaited<ReturnType<typeof countSuspectsResolvedPerDay>>; ingest: Awaited<ReturnType<typeof countIngestDecisions>>; deliveries: Awaited<ReturnType<typeof countDeliveryHealth>> };
let before: Before;

const read = async (): Promise<Before> => ({
  bands: await countOpenSuspectsByBand({ now }),
  resolved: await countSuspectsResolvedPerDay({ days: 14, now }),
  ingest: await countIngestDecisions({ days: 30, now }),
  deliveries: await countDeliveryHealth(),
});

/** A suspect between two fresh golden records; the pair is unique per call. */
async function suspect(data: { score: number; createdAt: Date; status?: "OPEN" | "MERGED" | "NOT_DUPLICATE"; decidedAt?: Date }) {
  const [left, right] = await Promise.all(
    [0, 1].map(() => prisma.goldenRecord.create({ data: { displayName: `Dash ${run}`, attributes: {}, lineage: {} }, select: { id: true } })),
  );
  goldenIds.push(left.id, right.id);
  const [leftId, rightId] = [left.id, right.id].sort();
  const decided = data.status && data.status !== "OPEN" ? { decidedBy: steward, decidedAt: data.decidedAt } : {};
  await prisma.duplicateSuspect.create({ data: { leftId, rightId, score: data.score, explanation: {}, status: data.status ?? "OPEN", createdAt: data.createdAt, ...decided } });
}

beforeAll(async () => {
  before = await read();
  await suspect({ score: 0.95, createdAt: hoursAgo(2) });
  await suspect({ score: 0.9, createdAt: hoursAgo(30) });
  await suspect({ score: 0.75, createdAt: hoursAgo(24 * 10) });
  await suspect({ score: 0.55, createdAt: hoursAgo(5) });
  await suspect({ score: 0.3, createdAt: hoursAgo(24 * 3) });
  await suspect({ score: 0.8, createdAt: hoursAgo(48), status: "MERGED", decidedAt: now });
  await suspect({ score: 0.6, createdAt: hoursAgo(48), status: "NOT_DUPLICATE", decidedAt: now });
  await suspect({ score: 0.7, createdAt: hoursAgo(72), status: "MERGED", decidedAt: hoursAgo(24) });
  await suspect({ score: 0.7, createdAt: hoursAgo(24 * 40), status: "MERGED", decidedAt: hoursAgo(24 * 20) });
  const { source } = await sourceWithToken();
  await prisma.ingestBatch.createMany({
    data: [
      { sourceId: source.id, records: [], total: 10, status: "DONE", linked: 6, suspects: 1, created: 3, updated: 2, rejected: 1, createdAt: hoursAgo(1) },
      { sourceId: source.id, records: [], total: 5, status: "DONE", linked: 1, suspects: 2, created: 2, unchanged: 4, stale: 1, createdAt: hoursAgo(24 * 5) },
      { sourceId: source.id, records: [], total: 99, status: "DONE", linked: 99, createdAt: hoursAgo(24 * 45) },
    ],
  });
  subscriberId = (await subscriber({ active: false })).id;
  const golden = await prisma.goldenRecord.create({ data: { displayName: `Dash ${run}`, attributes: {}, lineage: {} } });
  goldenIds.push(golden.id);
  const events = await Promise.all([0, 1, 2, 3].map(() => prisma.changeEvent.create({ data: { type: "golden.updated", goldenRecordId: golden.id, payload: {}, dispatchedAt: now } })));
  await prisma.delivery.createMany({
    data: [
      { subscriberId, eventId: events[0].id, status: "PENDING", createdAt: new Date("2001-02-03T04:05:06Z") },
      { subscriberId, eventId: events[1].id, status: "PENDING" },
      { subscriberId, eventId: events[2].id, status: "FAILED" },
      { subscriberId, eventId: events[3].id, status: "SUCCEEDED", deliveredAt: now },
    ],
  });
});

afterAll(async () => {
  await prisma.delivery.deleteMany({ where: { subscriberId } });
  await prisma.changeEvent.deleteMany({ where: { goldenRecordId: { in: goldenIds } } });
  await prisma.duplicateSuspect.deleteMany({ where: { leftId: { in: goldenIds } } });
  await prisma.goldenRecord.deleteMany({ where: { id: { in: goldenIds } } });
  await closeDb();
});

describe("dashboard aggregates", () => {
  it("counts open suspects by score band and age", async () => {
    const after = await countOpenSuspectsByBand({ now });
    const added = after.map((row, i) => ({ band: row.band, day: row.byAge.day - before.bands[i].byAge.day, week: row.byAge.week - before.bands[i].byAge.week, older: row.byAge.older - before.bands[i].byAge.older }));
    expect(added).toEqual([
      { band: "top", day: 1, week: 1, older: 0 },
      { band: "high", day: 0, week: 0, older: 1 },
      { band: "mid", day: 1, week: 0, older: 0 },
      { band: "low", day: 0, week: 1, older: 0 },
    ]);
    expect(after.map((r) => r.label)).toEqual(["≥ 0.90", "0.70–0.90", "0.50–0.70", "< 0.50"]);
  });

  it("counts suspects resolved per UTC day, merged apart from not a duplicate, zero-filled", async () => {
    const after = await countSuspectsResolvedPerDay({ days: 14, now });
    expect(after).toHaveLength(14);
    expect(after[13].day).toBe(today);
    const delta = (day: string) => {
      const [a, b] = [after.find((d) => d.day === day)!, before.resolved.find((d) => d.day === day)!];
      return { merged: a.merged - b.merged, notDuplicate: a.notDuplicate - b.notDuplicate };
    };
    expect(delta(today)).toEqual({ merged: 1, notDuplicate: 1 });
    expect(delta(yesterday)).toEqual({ merged: 1, notDuplicate: 0 });
  });

  it("counts each steward's decisions per day inside the window only", async () => {
    const mine = (await countStewardThroughput({ days: 14, now })).find((s) => s.actor === steward)!;
    expect(mine.total).toBe(3);
    expect(mine.perDay).toHaveLength(14);
    expect(mine.perDay.at(-1)).toEqual({ day: today, count: 2 });
    expect(mine.perDay.at(-2)).toEqual({ day: yesterday, count: 1 });
  });

  it("sums ingest outcomes of the batches in the window", async () => {
    const after = await countIngestDecisions({ days: 30, now });
    const delta = Object.fromEntries(Object.entries(after).map(([k, v]) => [k, v - before.ingest[k as keyof typeof after]]));
    expect(delta).toEqual({ batches: 2, linked: 7, review: 3, created: 5, updated: 2, unchanged: 4, stale: 1, rejected: 1 });
  });

  it("counts deliveries by state and finds the oldest pending one", async () => {
    const after = await countDeliveryHealth();
    expect(after.pending - before.deliveries.pending).toBe(2);
    expect(after.failed - before.deliveries.failed).toBe(1);
    expect(after.succeeded - before.deliveries.succeeded).toBe(1);
    expect(after.oldestPendingAt).toEqual(new Date("2001-02-03T04:05:06Z"));
  });
});
