import { describe, expect, it } from "vitest";
import { systemPrincipal, type Principal } from "@/src/auth/principal";
import { prisma } from "@/src/db";
import { loadActiveModel } from "@/src/matching/model/load-active-model";
import { sourceWithToken, unique } from "@/src/testing/fixtures";
import { acceptBatch } from "./accept-batch";
import { getBatchStatus } from "./get-batch-status";
import { ingestChunk } from "./ingest-chunk";
import { processBatch } from "./process-batch";

const admin: Principal = systemPrincipal("test");
const base = Date.parse("2026-04-01T08:00:00.000Z");

const syllables = ["ba", "ke", "mi", "no", "pu", "ra", "se", "ti", "vo", "wu", "xa", "ye", "zo", "lu", "fi", "go"];
/** A word of its own per test run, so no other record in the database looks like this customer. */
const word = (t: string) => [...t].map((h) => syllables[parseInt(h, 16)]).join("");
const cap = (w: string) => w[0].toUpperCase() + w.slice(1);

/** Version `i` of one customer, changed at minute `i`: a later version has a later timestamp and another house number. */
function version(t: string, i: number) {
  const w = word(t);
  return {
    externalId: `OOO-${t}`,
    updatedAt: new Date(base + i * 60_000).toISOString(),
    attributes: { firstName: cap(w.slice(0, 6)), lastName: cap(w.slice(6)), email: `${w}@example.no`, street: `${cap(w)}gata`, houseNumber: String(i + 1), city: cap(w.slice(4)) },
  };
}

/** The same shuffle every run, so a failure can be replayed. */
function shuffled(n: number, seed: number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  let s = seed;
  for (let i = n - 1; i > 0; i--) {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    const j = s % (i + 1);
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}

/** How many deliveries were news when they came: each one newer than every one before it. */
const newsIn = (order: number[]) => order.filter((v, k) => order.slice(0, k).every((w) => w < v)).length;

async function storedOf(sourceId: string, externalId: string) {
  const record = await prisma.sourceRecord.findUniqueOrThrow({ where: { sourceId_externalId: { sourceId, externalId } } });
  const golden = await prisma.goldenRecord.findUniqueOrThrow({ where: { id: record.goldenRecordId }, include: { _count: { select: { versions: true, events: true } } } });
  return { record, golden };
}

describe("out-of-order delivery", () => {
  it("keeps the newest of 100 versions delivered in 100 batches in shuffled order, and counts the rest stale", async () => {
    const { source } = await sourceWithToken();
    const t = unique();
    const order = shuffled(100, 0x5eed);
    const batchIds: string[] = [];
    for (const i of order) {
      const { batchId } = await acceptBatch({ sourceKey: source.key, principal: admin, body: { records: [version(t, i)] } });
      await processBatch({ batchId, wait: true });
      batchIds.push(batchId);
    }
    const news = newsIn(order);
    expect(news).toBeLessThan(100);

    const { record, golden } = await storedOf(source.id, `OOO-${t}`);
    expect(await prisma.sourceRecord.count({ where: { sourceId: source.id } })).toBe(1);
    expect(record.raw).toMatchObject({ houseNumber: "100" });
    expect(record.sourceUpdatedAt.toISOString()).toBe(version(t, 99).updatedAt);
    // One version when created, one more for each delivery that was news when it came; none for the stale ones.
    expect(golden).toMatchObject({ version: news, attributes: expect.objectContaining({ houseNumber: "100" }) });
    expect(golden._count).toEqual({ versions: news, events: news });

    const statuses = await Promise.all(batchIds.map((batchId) => getBatchStatus({ batchId, principal: admin })));
    const total = (k: "created" | "updated" | "stale" | "unchanged") => statuses.reduce((n, s) => n + s[k], 0);
    expect({ created: total("created"), updated: total("updated"), stale: total("stale"), unchanged: total("unchanged") }).toEqual({
      created: 1,
      updated: news - 1,
      stale: 100 - news,
      unchanged: 0,
    });
  });

  it("applies 100 shuffled versions of one record in one batch chunk by chunk, newest wins", async () => {
    const { source } = await sourceWithToken();
    const t = unique();
    const order = shuffled(100, 0xbeef);
    const { batchId } = await acceptBatch({ sourceKey: source.key, principal: admin, body: { records: order.map((i) => version(t, i)) } });
    await processBatch({ batchId, wait: true });
    const news = newsIn(order);
    const batch = await prisma.ingestBatch.findUniqueOrThrow({ where: { id: batchId } });
    expect(batch).toMatchObject({ status: "DONE", processed: 100, created: 1, updated: news - 1, stale: 100 - news, unchanged: 0 });
    const { record, golden } = await storedOf(source.id, `OOO-${t}`);
    expect(record.raw).toMatchObject({ houseNumber: "100" });
    expect(golden.version).toBe(news);
  });

  it("stores the same delivery sent 100 times once, with one version", async () => {
    const { source } = await sourceWithToken();
    const t = unique();
    const { batchId } = await acceptBatch({ sourceKey: source.key, principal: admin, body: { records: Array.from({ length: 100 }, () => version(t, 7)) } });
    await processBatch({ batchId, wait: true });
    expect(await prisma.ingestBatch.findUniqueOrThrow({ where: { id: batchId } })).toMatchObject({ created: 1, unchanged: 99, stale: 0, updated: 0 });
    expect((await storedOf(source.id, `OOO-${t}`)).golden._count).toEqual({ versions: 1, events: 1 });
  });

  it("changes nothing for an older update after a newer one, even after a newer copy of unchanged content", async () => {
    const { source } = await sourceWithToken();
    const t = unique();
    const matching = await loadActiveModel();
    const push = (r: ReturnType<typeof version>) => ingestChunk({ source, records: [r], matching, principal: admin });
    expect(await push(version(t, 10))).toEqual(["created"]);
    expect(await push(version(t, 30))).toEqual(["updated"]);
    const before = await storedOf(source.id, `OOO-${t}`);

    expect(await push(version(t, 20))).toEqual(["stale"]);
    // Version 30 again, dated later: the source says its content still held then.
    expect(await push({ ...version(t, 30), updatedAt: version(t, 50).updatedAt })).toEqual(["unchanged"]);
    expect(await push(version(t, 40))).toEqual(["stale"]);

    const after = await storedOf(source.id, `OOO-${t}`);
    expect(after.record.raw).toEqual(before.record.raw);
    expect(after.record.contentHash).toBe(before.record.contentHash);
    expect(after.record.sourceUpdatedAt.toISOString()).toBe(version(t, 50).updatedAt);
    expect(after.golden).toMatchObject({ version: before.golden.version, attributes: before.golden.attributes, lineage: before.golden.lineage });
    expect(after.golden._count).toEqual(before.golden._count);
  });
});
