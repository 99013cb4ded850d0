import { afterAll, describe, expect, it } from "vitest";
import { systemPrincipal } from "@/src/auth/principal";
import { closeDb, prisma } from "@/src/db";
import { writeGoldenRecords } from "@/src/golden/golden-writer";
import { orderedPair } from "@/src/golden/repoint-suspects";
import { sourceWithToken, unique, userPrincipal } from "@/src/testing/fixtures";
import { ingested } from "@/src/testing/ingested";
import { closeQueues } from "@/workers/contracts";
import { editGoldenRecord } from "./edit-golden-record";
import { splitSourceRecords } from "./split-source-records";
import { undoGoldenMerge } from "./undo-golden-merge";

const steward = userPrincipal("STEWARD", "user:sam@example.com");

/** Two different customers, each its own golden record, merged by mistake. */
async function wronglyMerged() {
  const tag = unique();
  const { source } = await sourceWithToken({ kind: "CRM" });
  const ids = await ingested(source.key, [
    { externalId: "A", attributes: { firstName: "Greta", lastName: `Holm${tag}`, email: `greta.${tag}@example.se`, city: "Malmö" } },
    { externalId: "B", attributes: { organizationName: `Holm ${tag} Fastigheter AB`, email: `info.${tag}@example.se`, city: "Lund" } },
  ]);
  const [a, b] = [ids.get("A")!, ids.get("B")!];
  const merged = await writeGoldenRecords(systemPrincipal("test"), (w) => w.merge({ aId: a, bId: b, reason: "test merge" }));
  return { source, ...merged };
}

const events = (goldenRecordId: string) => prisma.changeEvent.findMany({ where: { goldenRecordId }, orderBy: { sequence: "asc" } });

afterAll(async () => {
  await closeQueues();
  await closeDb();
});

describe("undo a merge", () => {
  it("restores the merged-away record under its own id with its source records, versions and events on both, the pair remembered", async () => {
    const { survivorId, mergedId } = await wronglyMerged();
    const log = await prisma.goldenMerge.findFirstOrThrow({ where: { survivorId, mergedId } });
    expect(log.sourceRecordIds).toHaveLength(1);

    await undoGoldenMerge({ mergeId: log.id, principal: steward, reason: "a person and her company" });

    const restored = await prisma.goldenRecord.findUniqueOrThrow({ where: { id: mergedId }, include: { sourceRecords: true } });
    expect(restored).toMatchObject({ status: "ACTIVE", mergedIntoId: null });
    expect(restored.sourceRecords.map((r) => r.id)).toEqual(log.sourceRecordIds);
    const survivor = await prisma.goldenRecord.findUniqueOrThrow({ where: { id: survivorId }, include: { sourceRecords: true } });
    expect(survivor.sourceRecords).toHaveLength(1);
    expect((await events(survivorId)).at(-1)).toMatchObject({ type: "golden.unmerged", payload: { restoredIds: [mergedId], version: survivor.version } });
    expect((await events(mergedId)).at(-1)).toMatchObject({ type: "golden.updated", payload: { status: "ACTIVE", restoredFromId: survivorId } });
    expect(await prisma.duplicateSuspect.findUniqueOrThrow({ where: { leftId_rightId: orderedPair(survivorId, mergedId) } })).toMatchObject({ status: "NOT_DUPLICATE" });
    expect(await prisma.goldenMerge.findUniqueOrThrow({ where: { id: log.id } })).toMatchObject({ undoneBy: "user:sam@example.com" });
    expect(await prisma.auditEvent.count({ where: { action: "golden.unmerge", targetId: survivorId } })).toBe(1);

    await expect(undoGoldenMerge({ mergeId: log.id, principal: steward, reason: "again" })).rejects.toMatchObject({ code: "CONFLICT", message: "This merge was already undone." });
  });

  it("gives each record back the overrides it had before the merge, whichever survived", async () => {
    const tag = unique();
    const { source } = await sourceWithToken({ kind: "CRM" });
    const ids = await ingested(source.key, [
      { externalId: "A", attributes: { firstName: "Ivo", lastName: `Brandt${tag}`, city: "Graz" } },
      { externalId: "B", attributes: { firstName: "Lena", lastName: `Kofler${tag}`, city: "Linz" } },
    ]);
    await editGoldenRecord({ goldenRecordId: ids.get("B")!, principal: steward, set: { city: "Wels" }, reason: "moved" });
    const { survivorId, mergedId } = await writeGoldenRecords(systemPrincipal("test"), (w) => w.merge({ aId: ids.get("A")!, bId: ids.get("B")!, reason: "test" }));
    expect(((await prisma.goldenRecord.findUniqueOrThrow({ where: { id: survivorId } })).attributes as Record<string, string>).city).toBe("Wels");
    expect([survivorId, mergedId].sort()).toEqual([ids.get("A")!, ids.get("B")!].sort());
    const log = await prisma.goldenMerge.findFirstOrThrow({ where: { survivorId, mergedId } });
    await undoGoldenMerge({ mergeId: log.id, principal: steward, reason: "two people", rememberNotDuplicate: false });
    const after = await prisma.goldenRecord.findMany({ where: { id: { in: [survivorId, mergedId] } } });
    expect(Object.fromEntries(after.map((g) => [g.id, (g.attributes as Record<string, string>).city]))).toEqual({ [ids.get("A")!]: "Graz", [ids.get("B")!]: "Wels" });
    expect(await prisma.duplicateSuspect.findUnique({ where: { leftId_rightId: orderedPair(survivorId, mergedId) } })).toBeNull();
  });

  it("keeps corrections made after the merge, refuses while a later merge into the survivor stands, and never leaves the survivor without a record", async () => {
    const tag = unique();
    const { source } = await sourceWithToken({ kind: "CRM" });
    // A first, so it is the oldest and survives every merge here: records created together would survive by their random ids.
    const older = await ingested(source.key, [{ externalId: "A", attributes: { firstName: "Ivo", lastName: `Brandt${tag}`, city: "Graz" } }]);
    const younger = await ingested(source.key, [
      { externalId: "B", attributes: { firstName: "Lena", lastName: `Kofler${tag}`, city: "Linz" } },
      { externalId: "C", attributes: { firstName: "Mara", lastName: `Huber${tag}`, city: "Wien" } },
    ]);
    const ids = new Map([...older, ...younger]);
    const hub = systemPrincipal("test");
    const first = await writeGoldenRecords(hub, (w) => w.merge({ aId: ids.get("A")!, bId: ids.get("B")!, reason: "test" }));
    await editGoldenRecord({ goldenRecordId: first.survivorId, principal: steward, set: { city: "Wels" }, reason: "after the merge" });
    const second = await writeGoldenRecords(hub, (w) => w.merge({ aId: first.survivorId, bId: ids.get("C")!, reason: "test" }));
    const log = (mergedId: string) => prisma.goldenMerge.findFirstOrThrow({ where: { mergedId } });
    await expect(undoGoldenMerge({ mergeId: (await log(first.mergedId)).id, principal: steward, reason: "x" })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringMatching(/undo that later merge first/),
    });
    await undoGoldenMerge({ mergeId: (await log(second.mergedId)).id, principal: steward, reason: "x" });
    await undoGoldenMerge({ mergeId: (await log(first.mergedId)).id, principal: steward, reason: "x" });
    expect(((await prisma.goldenRecord.findUniqueOrThrow({ where: { id: first.survivorId } })).attributes as Record<string, string>).city).toBe("Wels");

    const again = await writeGoldenRecords(hub, (w) => w.merge({ aId: first.survivorId, bId: first.mergedId, reason: "test" }));
    expect(again.survivorId).toBe(ids.get("A"));
    const own = await prisma.sourceRecord.findFirstOrThrow({ where: { sourceId: source.id, externalId: "A" } });
    await splitSourceRecords({ goldenRecordId: again.survivorId, sourceRecordIds: [own.id], principal: steward, reason: "x" });
    const reMerge = await prisma.goldenMerge.findFirstOrThrow({ where: { mergedId: again.mergedId, undoneAt: null } });
    await expect(undoGoldenMerge({ mergeId: reMerge.id, principal: steward, reason: "x" })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringMatching(/without an active source record/),
    });
  });

  it("refuses a viewer and a merge whose survivor was merged again since", async () => {
    const { source } = await sourceWithToken();
    const older = (await ingested(source.key, [{ externalId: "C", attributes: { firstName: "Xaver", lastName: `Moser${unique()}` } }])).get("C")!;
    const { survivorId, mergedId } = await wronglyMerged();
    const log = await prisma.goldenMerge.findFirstOrThrow({ where: { survivorId, mergedId } });
    await expect(undoGoldenMerge({ mergeId: log.id, principal: userPrincipal("VIEWER"), reason: "x" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await writeGoldenRecords(systemPrincipal("test"), (w) => w.merge({ aId: older, bId: survivorId, reason: "second merge" }));
    await expect(undoGoldenMerge({ mergeId: log.id, principal: steward, reason: "x" })).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/undo that merge first/) });
  });
});

describe("split a source record out", () => {
  it("moves it into a new golden record with golden.created, gives the old one golden.unmerged, and remembers the pair", async () => {
    const tag = unique();
    const crm = await sourceWithToken({ kind: "CRM" });
    const erp = await sourceWithToken({ kind: "ERP" });
    const person = { firstName: "Henrik", lastName: `Aalto${tag}`, email: `henrik.${tag}@example.fi`, phone: "+358 40 123 4567", dateOfBirth: "1980-02-03", city: "Turku" };
    const goldenId = (await ingested(crm.source.key, [{ externalId: "P-1", attributes: person }])).get("P-1")!;
    expect((await ingested(erp.source.key, [{ externalId: "900", attributes: person }])).get("900")).toBe(goldenId);
    const erpRecord = await prisma.sourceRecord.findFirstOrThrow({ where: { sourceId: erp.source.id, externalId: "900" } });
    const before = await prisma.goldenRecord.findUniqueOrThrow({ where: { id: goldenId } });

    const { newId } = await splitSourceRecords({ goldenRecordId: goldenId, sourceRecordIds: [erpRecord.id], principal: steward, reason: "ERP account of his father", expectedVersion: before.version });

    expect((await prisma.sourceRecord.findUniqueOrThrow({ where: { id: erpRecord.id } })).goldenRecordId).toBe(newId);
    expect(await events(newId)).toMatchObject([{ type: "golden.created", payload: { splitFromId: goldenId } }]);
    expect((await events(goldenId)).at(-1)).toMatchObject({ type: "golden.unmerged", payload: { splitIds: [newId], sourceRecordIds: [erpRecord.id], version: before.version + 1 } });
    expect(await prisma.duplicateSuspect.findUniqueOrThrow({ where: { leftId_rightId: orderedPair(goldenId, newId) } })).toMatchObject({ status: "NOT_DUPLICATE" });

    await ingested(erp.source.key, [{ externalId: "900", attributes: { ...person, city: "Espoo" } }]);
    expect((await prisma.sourceRecord.findUniqueOrThrow({ where: { id: erpRecord.id } })).goldenRecordId).toBe(newId);
  });

  it("refuses to split out every active record, a record of another golden record, and a stale version", async () => {
    const { source } = await sourceWithToken();
    const ids = await ingested(source.key, [
      { externalId: "A", attributes: { firstName: "Ola", lastName: `Berg${unique()}` } },
      { externalId: "B", attributes: { firstName: "Kari", lastName: `Dahl${unique()}` } },
    ]);
    const a = await prisma.sourceRecord.findFirstOrThrow({ where: { sourceId: source.id, externalId: "A" } });
    const b = await prisma.sourceRecord.findFirstOrThrow({ where: { sourceId: source.id, externalId: "B" } });
    const split = (sourceRecordIds: string[], expectedVersion?: number) => splitSourceRecords({ goldenRecordId: ids.get("A")!, sourceRecordIds, principal: steward, reason: "x", expectedVersion });
    await expect(split([a.id])).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/At least one active source record must stay/) });
    await expect(split([b.id])).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/is not part of golden record/) });
    await expect(split([a.id], 7)).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/you saw 7/) });
  });
});
