import { describe, expect, it } from "vitest";
import type { Principal } from "@/src/auth/principal";
import { prisma } from "@/src/db";
import { findStrandedWork } from "@/src/operations/find-stranded-work";
import { sourceWithToken, unique } from "@/src/testing/fixtures";
import { acceptBatch } from "../accept-batch";
import { processBatch } from "../process-batch";
import { BULK_MIN_RECORDS } from "./bulk-lane";
import { SLICE_WHILE_REAL_TIME } from "./real-time-waiting";

const admin: Principal = { kind: "user", id: "test", label: "test", role: "ADMIN", sourceId: null };

const person = (t: string, i: number, email = `p${i}.${t}@example.org`) => ({
  externalId: `P-${i}`,
  attributes: { firstName: `Given${i}`, lastName: `Family${t}x${i}`, email },
});

const goldenOf = async (sourceId: string, externalId: string) =>
  (await prisma.sourceRecord.findUniqueOrThrow({ where: { sourceId_externalId: { sourceId, externalId } } })).goldenRecordId;

describe("a bulk run", () => {
  it("decides every waiting load in one run, in the order they came, seeing each earlier record as the run left it", async () => {
    const { source } = await sourceWithToken();
    const t = unique();
    const first = Array.from({ length: BULK_MIN_RECORDS + 50 }, (_, i) => person(t, i));
    // The second load moves P-0 to a new address and takes P-1 out of the source.
    const second = [
      person(t, 0, `moved.${t}@example.org`),
      { ...person(t, 1), active: false },
      ...Array.from({ length: BULK_MIN_RECORDS }, (_, i) => person(t, 1000 + i)),
    ];
    // The third holds a second copy of P-0 under its new address, and one of P-1, whom the source no longer has.
    const third = [
      { externalId: "DUP-0", attributes: { firstName: "Given0", lastName: `Family${t}x0`, email: `moved.${t}@example.org` } },
      { externalId: "DUP-1", attributes: person(t, 1).attributes },
      ...Array.from({ length: BULK_MIN_RECORDS }, (_, i) => person(t, 2000 + i)),
    ];
    const ids = [];
    for (const records of [first, second, third]) ids.push((await acceptBatch({ sourceKey: source.key, principal: admin, body: { records } })).batchId);

    expect(await processBatch({ batchId: ids[0], wait: true })).toEqual({ status: "DONE" });

    const batches = await prisma.ingestBatch.findMany({ where: { id: { in: ids } } });
    for (const b of batches) expect(b).toMatchObject({ status: "DONE", processed: b.total, leaseUntil: null, error: null });
    const byId = new Map(batches.map((b) => [b.id, b]));
    const secondBatch = byId.get(ids[1])!;
    expect(secondBatch).toMatchObject({ updated: 2 });
    expect(secondBatch.created + secondBatch.suspects + secondBatch.linked).toBe(BULK_MIN_RECORDS);
    expect(await prisma.sourceRecord.count({ where: { sourceId: source.id } })).toBe(first.length + BULK_MIN_RECORDS * 2 + 2);
    // Found by the address it moved to within the run, not the one it had before.
    expect(await goldenOf(source.id, "DUP-0")).toBe(await goldenOf(source.id, "P-0"));
    // A record its source deleted earlier in the run is no one's match.
    expect(await goldenOf(source.id, "DUP-1")).not.toBe(await goldenOf(source.id, "P-1"));
  });

  it("leaves a batch a live run holds to that run, and takes it over once the run's lease lapsed", async () => {
    const { source } = await sourceWithToken();
    const t = unique();
    const records = Array.from({ length: BULK_MIN_RECORDS }, (_, i) => person(t, i));
    const { batchId } = await acceptBatch({ sourceKey: source.key, principal: admin, body: { records } });
    const old = new Date(Date.now() - 120_000);
    await prisma.ingestBatch.update({ where: { id: batchId }, data: { status: "PROCESSING", createdAt: old, leaseUntil: new Date(Date.now() + 60_000) } });

    expect(await processBatch({ batchId })).toEqual({ status: "PROCESSING" });
    expect(await prisma.sourceRecord.count({ where: { sourceId: source.id } })).toBe(0);
    // The sweeper does not hand out what a live run holds.
    expect((await findStrandedWork()).batches.map((b) => b.id)).not.toContain(batchId);

    await prisma.ingestBatch.update({ where: { id: batchId }, data: { leaseUntil: new Date(Date.now() - 1_000) } });
    expect((await findStrandedWork()).batches.map((b) => b.id)).toContain(batchId);
    expect(await processBatch({ batchId, wait: true })).toEqual({ status: "DONE" });
    expect(await prisma.sourceRecord.count({ where: { sourceId: source.id } })).toBe(BULK_MIN_RECORDS);
  });

  it("goes on without a batch it cannot read, which is then matched on its own and fails alone", async () => {
    const { source } = await sourceWithToken();
    const t = unique();
    const broken = await prisma.ingestBatch.create({ data: { sourceId: source.id, records: { not: "a list" }, total: BULK_MIN_RECORDS } });
    const records = Array.from({ length: BULK_MIN_RECORDS }, (_, i) => person(t, i));
    const { batchId } = await acceptBatch({ sourceKey: source.key, principal: admin, body: { records } });

    expect(await processBatch({ batchId, wait: true })).toEqual({ status: "DONE" });
    const left = await prisma.ingestBatch.findUniqueOrThrow({ where: { id: broken.id } });
    expect(left).toMatchObject({ status: "PROCESSING", leaseUntil: null, error: expect.stringContaining("A bulk run stopped at this batch") });
    await expect(processBatch({ batchId: broken.id })).rejects.toThrow(/holds no list of records/);
  });

  it("decides in thin slices while a pushed change waits, each slice seeing the records of the slices before it", async () => {
    const { source } = await sourceWithToken();
    const t = unique();
    const records = Array.from({ length: BULK_MIN_RECORDS + 50 }, (_, i) => person(t, i));
    // A second copy of P-5, a few slices after it.
    records.push({ externalId: "DUP-5", attributes: person(t, 5).attributes });
    const pushed = await acceptBatch({ sourceKey: source.key, principal: admin, body: { records: [person(t, 9999)] } });
    const { batchId } = await acceptBatch({ sourceKey: source.key, principal: admin, body: { records } });

    expect(await processBatch({ batchId, wait: true })).toEqual({ status: "DONE" });
    expect(await goldenOf(source.id, "DUP-5")).toBe(await goldenOf(source.id, "P-5"));
    // Each slice commits on its own: the events of one transaction share its start time.
    const commits = await prisma.changeEvent.groupBy({
      by: ["createdAt"],
      where: { type: "golden.created", goldenRecord: { sourceRecords: { some: { sourceId: source.id } } } },
    });
    expect(commits.length).toBeGreaterThanOrEqual(Math.ceil(BULK_MIN_RECORDS / SLICE_WHILE_REAL_TIME));

    expect(await processBatch({ batchId: pushed.batchId })).toEqual({ status: "DONE" });
    // Subscribers get the run's events after real-time ones; the pushed change is real-time.
    const events = await prisma.changeEvent.findMany({ where: { goldenRecord: { sourceRecords: { some: { sourceId: source.id } } } }, select: { bulk: true, goldenRecordId: true } });
    const pushedGolden = await goldenOf(source.id, "P-9999");
    expect(events.filter((e) => e.goldenRecordId !== pushedGolden).every((e) => e.bulk)).toBe(true);
    expect(events.filter((e) => e.goldenRecordId === pushedGolden).map((e) => e.bulk)).toEqual([false]);
  });
});
