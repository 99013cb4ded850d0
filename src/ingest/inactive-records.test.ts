import { describe, expect, it } from "vitest";
import { systemPrincipal } from "@/src/auth/principal";
import { prisma } from "@/src/db";
import { sourceWithToken, unique } from "@/src/testing/fixtures";
import { acceptBatch } from "./accept-batch";
import { processBatch } from "./process-batch";

const admin = systemPrincipal("test");

const syllables = ["ba", "ke", "mi", "no", "pu", "ra", "se", "ti", "vo", "wu", "xa", "ye", "zo", "lu", "fi", "go"];
const word = (t: string) => [...t].map((h) => syllables[parseInt(h, 16)]).join("");
const cap = (w: string) => w[0].toUpperCase() + w.slice(1);

/** One customer of this run, as one source holds it at minute `minute`, with a phone only that source knows. */
function customer(t: string, id: string, minute: number, extra: Record<string, string> = {}, active?: boolean) {
  const w = word(t);
  return {
    externalId: id,
    updatedAt: new Date(Date.parse("2026-03-01T10:00:00Z") + minute * 60_000).toISOString(),
    ...(active === undefined ? {} : { active }),
    attributes: { firstName: cap(w.slice(0, 6)), lastName: cap(w.slice(6)), email: `${w}@example.se`, city: "Uppsala", ...extra },
  };
}

async function push(sourceKey: string, records: unknown[]) {
  const { batchId, rejected } = await acceptBatch({ sourceKey, principal: admin, body: { records } });
  expect(rejected).toEqual([]);
  await processBatch({ batchId, wait: true });
}

const stateOf = async (sourceId: string, externalId: string) => {
  const record = await prisma.sourceRecord.findUniqueOrThrow({ where: { sourceId_externalId: { sourceId, externalId } } });
  const golden = await prisma.goldenRecord.findUniqueOrThrow({ where: { id: record.goldenRecordId }, include: { _count: { select: { versions: true, events: true } } } });
  return { record, golden };
};

describe("records a source deleted (active: false)", () => {
  it("marks the record DELETED, rebuilds the golden record without its values, and restores it when active again", async () => {
    const t = unique();
    const { source: crm } = await sourceWithToken({ kind: "CRM", priority: 70 });
    const { source: erp } = await sourceWithToken({ kind: "ERP", priority: 60 });
    await push(crm.key, [customer(t, "C-1", 0, { phone: "+46 18 471 00 00" })]);
    await push(erp.key, [customer(t, "E-1", 0, { dateOfBirth: "1980-05-17" })]);
    const before = await stateOf(crm.id, "C-1");
    expect((await stateOf(erp.id, "E-1")).record.goldenRecordId).toBe(before.record.goldenRecordId);
    expect(before.golden.attributes).toMatchObject({ phone: expect.any(String), dateOfBirth: "1980-05-17" });

    await push(crm.key, [customer(t, "C-1", 1, { phone: "+46 18 471 00 00" }, false)]);
    const deleted = await stateOf(crm.id, "C-1");
    expect(deleted.record.status).toBe("DELETED");
    expect(deleted.golden.attributes).not.toHaveProperty("phone");
    expect(deleted.golden.attributes).toMatchObject({ dateOfBirth: "1980-05-17" });
    expect(deleted.golden._count.events).toBe(before.golden._count.events + 1);

    // The same deletion again changes nothing; an older active copy is stale.
    await push(crm.key, [customer(t, "C-1", 1, { phone: "+46 18 471 00 00" }, false)]);
    await push(crm.key, [customer(t, "C-1", 0, { phone: "+46 18 471 00 00" }, true)]);
    const again = await stateOf(crm.id, "C-1");
    expect(again.record.status).toBe("DELETED");
    expect(again.golden._count).toEqual(deleted.golden._count);

    await push(crm.key, [customer(t, "C-1", 2, { phone: "+46 18 471 00 00" }, true)]);
    const restored = await stateOf(crm.id, "C-1");
    expect(restored.record.status).toBe("ACTIVE");
    expect(restored.golden.attributes).toMatchObject({ phone: expect.any(String), dateOfBirth: "1980-05-17" });
    expect(restored.golden._count.events).toBe(deleted.golden._count.events + 1);
  });

  it("keeps the last known values when every source record of a customer is deleted, with a version saying so", async () => {
    const t = unique();
    const { source } = await sourceWithToken({ kind: "CRM" });
    await push(source.key, [customer(t, "X-1", 0, { phone: "+46 8 123 456 78" })]);
    const before = await stateOf(source.id, "X-1");
    await push(source.key, [customer(t, "X-1", 1, { phone: "+46 8 123 456 78" }, false)]);
    const after = await stateOf(source.id, "X-1");
    expect(after.record.status).toBe("DELETED");
    expect(after.golden.attributes).toEqual(before.golden.attributes);
    expect(after.golden.status).toBe("ACTIVE");
    const last = await prisma.goldenRecordVersion.findFirstOrThrow({ where: { goldenRecordId: after.golden.id }, orderBy: { version: "desc" } });
    expect(last.reason).toContain("deleted in its source");
  });

  it("stores a record first seen deleted, cross-referenced but raising no suspects, and keeps pushes without `active` working", async () => {
    const t = unique();
    const { source } = await sourceWithToken({ kind: "CRM" });
    await push(source.key, [customer(t, "G-1", 0, {}, false), customer(unique(), "G-2", 0)]);
    expect((await stateOf(source.id, "G-1")).record.status).toBe("DELETED");
    expect((await stateOf(source.id, "G-2")).record.status).toBe("ACTIVE");
    const refused = await acceptBatch({ sourceKey: source.key, principal: admin, body: { records: [{ ...customer(t, "G-3", 0), active: "no" }] } });
    expect(refused.rejected[0].issues).toEqual([{ path: "active", message: "active must be true or false" }]);
  });
});
