import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { systemPrincipal } from "@/src/auth/principal";
import { closeDb, sql } from "@/src/db";
import { unique } from "@/src/testing/fixtures";
import { GoldenWriter, writeGoldenRecords } from "./golden-writer";
import { orderedPair } from "./repoint-suspects";

const steward = systemPrincipal("user:writer-test");

/** Golden records created one after another, so the first is the oldest and survives a merge. */
async function goldens(n: number): Promise<string[]> {
  const ids: string[] = [];
  const tag = unique();
  for (let i = 0; i < n; i++) {
    const id = `w${tag}-${i}`;
    await writeGoldenRecords(steward, (w) => w.create([{ id, reason: "test", contributors: [] }]));
    ids.push(id);
  }
  return ids;
}

async function suspect(a: string, b: string, score: number, status: "OPEN" | "NOT_DUPLICATE" = "OPEN") {
  await writeGoldenRecords(steward, (w) => w.addSuspects([{ ...orderedPair(a, b), score, explanation: { fields: [], note: `${score}` } }]));
  if (status !== "OPEN") await sql`UPDATE "DuplicateSuspect" SET status = ${status}, "decidedBy" = 'user:earlier' WHERE "leftId" = ${orderedPair(a, b).leftId} AND "rightId" = ${orderedPair(a, b).rightId}`;
}

async function pairOf(a: string, b: string) {
  const { leftId, rightId } = orderedPair(a, b);
  const [row] = await sql<{ status: string; score: number; decidedBy: string | null }[]>`
    SELECT status, score, "decidedBy" FROM "DuplicateSuspect" WHERE "leftId" = ${leftId} AND "rightId" = ${rightId}`;
  return row ?? null;
}

const merge = (survivor: string, merged: string) => writeGoldenRecords(steward, (w) => w.merge({ aId: merged, bId: survivor, reason: "same customer" }));

afterAll(closeDb);

describe("merging through the writer", () => {
  it("keeps the older record, retires the other with a version, and tells subscribers once", async () => {
    const [older, newer] = await goldens(2);
    expect(await merge(older, newer)).toEqual({ survivorId: older, mergedId: newer });
    const rows = await sql<{ id: string; status: string; version: number; mergedIntoId: string | null }[]>`
      SELECT id, status, version, "mergedIntoId" FROM "GoldenRecord" WHERE id IN (${older}, ${newer}) ORDER BY id`;
    expect(rows).toEqual([
      { id: older, status: "ACTIVE", version: 2, mergedIntoId: null },
      { id: newer, status: "MERGED", version: 2, mergedIntoId: older },
    ]);
    const versions = await sql`SELECT "goldenRecordId", version, actor FROM "GoldenRecordVersion" WHERE "goldenRecordId" IN (${older}, ${newer}) AND version = 2`;
    expect(versions.map((v) => v.actor)).toEqual(["user:writer-test", "user:writer-test"]);
    const events = await sql<{ type: string; goldenRecordId: string; payload: { mergedIds: string[] } }[]>`
      SELECT type, "goldenRecordId", payload FROM "ChangeEvent" WHERE "goldenRecordId" IN (${older}, ${newer}) AND type = 'golden.merged'`;
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ goldenRecordId: older, payload: { mergedIds: [newer] } });
  });

  it("refuses a record merged already, and a record with itself, changing nothing", async () => {
    const [a, b, c] = await goldens(3);
    await merge(a, b);
    await expect(merge(c, b)).rejects.toMatchObject({ code: "CONFLICT", message: `Golden record ${b} was already merged into ${a}.` });
    await expect(merge(a, a)).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(merge(a, `missing-${randomUUID()}`)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const [{ version }] = await sql`SELECT version FROM "GoldenRecord" WHERE id = ${c}`;
    expect(version).toBe(1);
  });

  it("points records merged into the loser at the survivor, so a chain is one hop", async () => {
    const [a, b, c] = await goldens(3);
    await merge(b, c);
    await merge(a, b);
    const [{ mergedIntoId }] = await sql`SELECT "mergedIntoId" FROM "GoldenRecord" WHERE id = ${c}`;
    expect(mergedIntoId).toBe(a);
  });
});

describe("locking what a change touches", () => {
  it("follows a merge that commits while it waits for the lock, and locks the survivor instead", async () => {
    const [survivor, merged] = await goldens(2);
    let release!: () => void;
    const merging = sql.begin(async (tx) => {
      await new GoldenWriter(tx, steward).merge({ aId: survivor, bId: merged, reason: "meanwhile" });
      await new Promise<void>((resolve) => (release = resolve));
    });
    await expect.poll(() => release !== undefined).toBe(true);
    const linking = writeGoldenRecords(steward, async (w) => {
      await w.lockFollowingMerges([merged]);
      return w.survivorOf(merged);
    });
    await expect.poll(async () => (await sql`SELECT 1 FROM pg_stat_activity WHERE wait_event_type = 'Lock'`).length).toBeGreaterThan(0);
    release();
    await merging;
    expect(await linking).toBe(survivor);
  });
});

describe("suspects after a merge", () => {
  it("closes an open suspect between the two merged records as merged", async () => {
    const [survivor, merged] = await goldens(2);
    await suspect(survivor, merged, 0.8);
    await merge(survivor, merged);
    expect(await pairOf(survivor, merged)).toMatchObject({ status: "MERGED", decidedBy: "user:writer-test" });
  });

  it("moves an open suspect of the merged record over to the survivor", async () => {
    const [survivor, merged, other] = await goldens(3);
    await suspect(merged, other, 0.7);
    await merge(survivor, merged);
    expect(await pairOf(merged, other)).toBeNull();
    expect(await pairOf(survivor, other)).toMatchObject({ status: "OPEN", score: 0.7 });
  });

  it("carries a not-a-duplicate decision over, so the pair never comes back", async () => {
    const [survivor, merged, other] = await goldens(3);
    await suspect(merged, other, 0.6, "NOT_DUPLICATE");
    await merge(survivor, merged);
    expect(await pairOf(survivor, other)).toMatchObject({ status: "NOT_DUPLICATE", decidedBy: "user:earlier" });
  });

  it("lets a not-a-duplicate decision win over the survivor's open suspect with the same record", async () => {
    const [survivor, merged, other] = await goldens(3);
    await suspect(survivor, other, 0.9);
    await suspect(merged, other, 0.5, "NOT_DUPLICATE");
    await merge(survivor, merged);
    expect(await pairOf(survivor, other)).toMatchObject({ status: "NOT_DUPLICATE", score: 0.5 });
    expect(await pairOf(merged, other)).toBeNull();
  });

  it("keeps the stronger evidence when both records had an open suspect with the same record", async () => {
    const [survivor, merged, other, fourth] = await goldens(4);
    await suspect(survivor, other, 0.6);
    await suspect(merged, other, 0.8);
    await suspect(survivor, fourth, 0.9);
    await suspect(merged, fourth, 0.4);
    await merge(survivor, merged);
    expect(await pairOf(survivor, other)).toMatchObject({ status: "OPEN", score: 0.8 });
    expect(await pairOf(survivor, fourth)).toMatchObject({ status: "OPEN", score: 0.9 });
    expect(await pairOf(merged, other)).toBeNull();
    expect(await pairOf(merged, fourth)).toBeNull();
  });

  it("keeps the time a carried decision was made, whatever the server's time zone", async () => {
    const zone = process.env.TZ;
    process.env.TZ = "America/New_York";
    try {
      const [survivor, merged, other] = await goldens(3);
      await suspect(merged, other, 0.6, "NOT_DUPLICATE");
      const { leftId, rightId } = orderedPair(merged, other);
      await sql`UPDATE "DuplicateSuspect" SET "decidedAt" = '2026-03-01 12:00:00' WHERE "leftId" = ${leftId} AND "rightId" = ${rightId}`;
      await merge(survivor, merged);
      const pair = orderedPair(survivor, other);
      const [{ decidedAt }] = await sql`SELECT "decidedAt"::text AS "decidedAt" FROM "DuplicateSuspect" WHERE "leftId" = ${pair.leftId} AND "rightId" = ${pair.rightId}`;
      expect(decidedAt).toBe("2026-03-01 12:00:00");
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it("never reopens a decided suspect of the survivor", async () => {
    const [survivor, merged, other] = await goldens(3);
    await suspect(survivor, other, 0.5, "NOT_DUPLICATE");
    await suspect(merged, other, 0.95);
    await merge(survivor, merged);
    expect(await pairOf(survivor, other)).toMatchObject({ status: "NOT_DUPLICATE", score: 0.5 });
  });
});
