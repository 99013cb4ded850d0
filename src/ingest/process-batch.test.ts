import { describe, expect, it } from "vitest";
import type { Principal } from "@/src/auth/principal";
import { prisma } from "@/src/db";
import { sourceWithToken, unique } from "@/src/testing/fixtures";
import { acceptBatch } from "./accept-batch";
import { processBatch } from "./process-batch";

const admin: Principal = { kind: "user", id: "test", label: "test", role: "ADMIN", sourceId: null };

describe("processBatch", () => {
  it("counts every record once when the same batch is run twice at the same time", async () => {
    const { source } = await sourceWithToken();
    const t = unique();
    const records = Array.from({ length: 300 }, (_, i) => ({
      externalId: `P-${i}`,
      attributes: { firstName: `Given${i}`, lastName: `Family${t}${i}x`, email: `p${i}.${t}@example.org` },
    }));
    const { batchId } = await acceptBatch({ sourceKey: source.key, principal: admin, body: { records } });
    const runs = await Promise.all([processBatch({ batchId, wait: true }), processBatch({ batchId, wait: true })]);
    expect(runs.map((r) => r.status)).toContain("DONE");
    const batch = await prisma.ingestBatch.findUniqueOrThrow({ where: { id: batchId } });
    expect(batch).toMatchObject({ status: "DONE", total: 300, processed: 300 });
    expect(batch.created + batch.linked + batch.suspects + batch.unchanged + batch.updated).toBe(300);
    expect(await prisma.sourceRecord.count({ where: { sourceId: source.id } })).toBe(300);
  });

  it("counts records sent to review and the suspect pairs they propose apart: one record can propose several", async () => {
    const { source } = await sourceWithToken();
    const t = unique();
    const n = parseInt(t, 16);
    const home = { lastName: `Wiśniewska${t}`, street: `ul. Polna ${t}`, houseNumber: "7", postalCode: `${10 + (n % 89)}-${100 + (n % 899)}`, city: `Kalisz${t}`, phone: `+48 62 ${String(n % 10_000_000).padStart(7, "3")}`, country: "PL" };
    // Triplets at one home: each later one is a steward's call against every earlier one.
    const records = ["Agnieszka", "Bożena", "Celina"].map((firstName, i) => ({ externalId: `S-${i}`, attributes: { ...home, firstName, dateOfBirth: "1990-05-17" } }));
    const { batchId } = await acceptBatch({ sourceKey: source.key, principal: admin, body: { records } });
    await processBatch({ batchId, wait: true });
    const batch = await prisma.ingestBatch.findUniqueOrThrow({ where: { id: batchId } });
    const goldens = (await prisma.sourceRecord.findMany({ where: { sourceId: source.id }, select: { goldenRecordId: true } })).map((r) => r.goldenRecordId);
    const pairs = await prisma.duplicateSuspect.count({ where: { leftId: { in: goldens }, rightId: { in: goldens } } });
    expect(new Set(goldens).size).toBe(3);
    expect(batch).toMatchObject({ created: 1, suspects: 2, linked: 0 });
    expect(pairs).toBe(3);
    expect(batch.suspectPairs).toBe(pairs);
  });

  it("quarantines a stored record that a stricter check added since refuses, and processes the rest of the batch", async () => {
    const { source } = await sourceWithToken();
    const t = unique();
    const good = { externalId: `OK-${t}`, attributes: { firstName: "Ada", lastName: `Lovelace${t}`, email: `ada.${t}@example.org` } };
    const invisible = { externalId: `GHOST-${t}`, attributes: { firstName: "\u200b\u200b" } };
    // Stored as an older release accepted it, before invisible names were refused at the edge.
    const batch = await prisma.ingestBatch.create({ data: { sourceId: source.id, records: [invisible, good], total: 2 } });
    expect(await processBatch({ batchId: batch.id, wait: true })).toEqual({ status: "DONE" });
    expect(await prisma.ingestBatch.findUniqueOrThrow({ where: { id: batch.id } })).toMatchObject({ status: "DONE", total: 1, rejected: 1, processed: 1 });
    const quarantined = await prisma.rejectedRecord.findMany({ where: { batchId: batch.id } });
    expect(quarantined.map((r) => r.externalId)).toEqual([`GHOST-${t}`]);
    expect(await prisma.sourceRecord.count({ where: { sourceId: source.id, externalId: good.externalId } })).toBe(1);
  });
});
