import { afterAll, describe, expect, it } from "vitest";
import { closeDb, prisma } from "@/src/db";
import { readLineage } from "@/src/golden/read-golden-json";
import { sourceWithToken, unique, userPrincipal } from "@/src/testing/fixtures";
import { ingested } from "@/src/testing/ingested";
import { closeQueues } from "@/workers/contracts";
import { editGoldenRecord } from "./edit-golden-record";

const anna = userPrincipal("STEWARD", "user:anna@example.com");
const ben = userPrincipal("STEWARD", "user:ben@example.com");

/** One customer pushed by a CRM, as a golden record at version 1. */
async function customer() {
  const tag = unique();
  const { source } = await sourceWithToken({ kind: "CRM" });
  const person = { firstName: "Odile", lastName: `Varenne${tag}`, email: `odile.${tag}@example.fr`, city: "Lyon", country: "FR" };
  const ids = await ingested(source.key, [{ externalId: "C-1", updatedAt: "2026-11-01T10:00:00Z", attributes: person }]);
  return { source, person, tag, goldenId: ids.get("C-1")! };
}

const golden = (id: string) => prisma.goldenRecord.findUniqueOrThrow({ where: { id } });

afterAll(async () => {
  await closeQueues();
  await closeDb();
});

describe("a steward edits a golden record", () => {
  it("keeps the correction as an override that names author and reason, wins over later source updates until cleared, and is audited", async () => {
    const { source, person, tag, goldenId } = await customer();
    const { version } = await editGoldenRecord({ goldenRecordId: goldenId, principal: anna, expectedVersion: 1, set: { email: ` ODILE.V.${tag}@Example.fr ` }, reason: "customer called in" });
    expect(version).toBe(2);
    const edited = await golden(goldenId);
    expect((edited.attributes as Record<string, string>).email).toBe(`odile.v.${tag}@example.fr`);
    expect(readLineage(edited.lineage).email).toMatchObject({ source: "steward", sourceRecordId: null, override: { author: "user:anna@example.com", reason: "customer called in" } });
    expect(await prisma.changeEvent.count({ where: { goldenRecordId: goldenId, type: "golden.updated" } })).toBe(1);
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { targetId: goldenId, action: "golden.edit" } });
    expect(audit).toMatchObject({ actor: "user:anna@example.com", data: { before: { email: person.email }, after: { email: `odile.v.${tag}@example.fr` }, reason: "customer called in" } });

    await ingested(source.key, [{ externalId: "C-1", updatedAt: "2026-11-02T10:00:00Z", attributes: { ...person, email: `new.${tag}@example.fr`, city: "Paris" } }]);
    const afterUpdate = (await golden(goldenId)).attributes as Record<string, string>;
    expect(afterUpdate).toMatchObject({ email: `odile.v.${tag}@example.fr`, city: "Paris" });

    await editGoldenRecord({ goldenRecordId: goldenId, principal: anna, clear: ["email"], reason: "the CRM is right again" });
    expect(((await golden(goldenId)).attributes as Record<string, string>).email).toBe(`new.${tag}@example.fr`);
  });

  it("marks a value unknown with null, whatever the sources say", async () => {
    const { goldenId } = await customer();
    await editGoldenRecord({ goldenRecordId: goldenId, principal: anna, set: { city: null }, reason: "moved, new city not known yet" });
    const g = await golden(goldenId);
    expect((g.attributes as Record<string, string>).city).toBeUndefined();
    expect(readLineage(g.lineage).city).toBeUndefined();
  });

  it("refuses an invalid value naming the field, a missing reason, a viewer and an unknown record, changing nothing", async () => {
    const { goldenId } = await customer();
    await expect(editGoldenRecord({ goldenRecordId: goldenId, principal: anna, set: { email: "not an email" }, reason: "typo" })).rejects.toMatchObject({
      code: "VALIDATION_FAILED",
      issues: [{ path: "set.email" }],
    });
    await expect(editGoldenRecord({ goldenRecordId: goldenId, principal: anna, set: { city: "Nice" }, reason: "  " })).rejects.toMatchObject({ code: "VALIDATION_FAILED" });
    await expect(editGoldenRecord({ goldenRecordId: goldenId, principal: userPrincipal("VIEWER"), set: { city: "Nice" }, reason: "x" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(editGoldenRecord({ goldenRecordId: "nope", principal: anna, set: { city: "Nice" }, reason: "x" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await golden(goldenId)).version).toBe(1);
  });

  it("lets one of two stewards editing the same version win and tells the other what changed, never losing an update", async () => {
    const { goldenId } = await customer();
    const results = await Promise.allSettled([
      editGoldenRecord({ goldenRecordId: goldenId, principal: anna, expectedVersion: 1, set: { city: "Lyon 3e" }, reason: "district" }),
      editGoldenRecord({ goldenRecordId: goldenId, principal: ben, expectedVersion: 1, set: { city: "Villeurbanne" }, reason: "suburb" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const lost = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(lost.reason).toMatchObject({ code: "CONFLICT" });
    expect(lost.reason.message).toMatch(/version 2 now \(you saw 1\), last changed by user:(anna|ben)@example.com: steward edit/);
    const g = await golden(goldenId);
    expect(g.version).toBe(2);
    expect(await prisma.auditEvent.count({ where: { targetId: goldenId, action: "golden.edit" } })).toBe(1);
  });

  it("corrects a customer whose sources all deleted their records, keeping the values last known", async () => {
    const { goldenId } = await customer();
    await prisma.sourceRecord.updateMany({ where: { goldenRecordId: goldenId }, data: { status: "DELETED" } });
    const before = await golden(goldenId);
    await editGoldenRecord({ goldenRecordId: goldenId, principal: anna, expectedVersion: before.version, set: { city: "Lyon 3e" }, reason: "moved" });
    const after = await golden(goldenId);
    expect(after.version).toBe(before.version + 1);
    expect(after.attributes).toEqual({ ...(before.attributes as object), city: "Lyon 3e" });
  });
});
