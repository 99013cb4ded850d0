import { afterAll, describe, expect, it } from "vitest";
import { closeDb, prisma } from "@/src/db";
import { writeGoldenRecords } from "@/src/golden/golden-writer";
import { readLineage } from "@/src/golden/read-golden-json";
import { sourceWithToken, unique, userPrincipal } from "@/src/testing/fixtures";
import { ingested } from "@/src/testing/ingested";
import { closeQueues } from "@/workers/contracts";
import { recomputeGoldenRecords } from "./recompute-golden-records";
import { saveSurvivorshipRules } from "./save-survivorship-rules";

const admin = userPrincipal("ADMIN", "user:rules-admin@example.com");

afterAll(async () => {
  await saveSurvivorshipRules({ rules: {}, note: "test reset", principal: admin });
  await closeQueues();
  await closeDb();
});

describe("saving survivorship rules", () => {
  it("puts a new version in force and recomputes stored golden records, each changed one with a version and an event", async () => {
    const tag = unique();
    const crm = await sourceWithToken({ kind: "CRM", priority: 80 });
    const erp = await sourceWithToken({ kind: "ERP", priority: 20 });
    const person = { firstName: "Runa", lastName: `Eik${tag}`, phone: "+47 412 34 567", dateOfBirth: "1975-06-07", city: "Molde" };
    const goldenId = (await ingested(crm.source.key, [{ externalId: "1", attributes: { ...person, email: `runa.${tag}@crm.example` } }])).get("1")!;
    expect((await ingested(erp.source.key, [{ externalId: "2", attributes: { ...person, email: `runa.${tag}@erp.example` } }])).get("2")).toBe(goldenId);
    const before = await prisma.goldenRecord.findUniqueOrThrow({ where: { id: goldenId } });
    expect((before.attributes as Record<string, string>).email).toBe(`runa.${tag}@crm.example`);

    // Listing only this test's ERP leaves every other source ranked as before, so tests running beside this one are unaffected.
    const { version, bulkActionId } = await saveSurvivorshipRules({ rules: { email: { strategy: "source-priority", sourceOrder: [erp.source.key] } }, note: "ERP owns emails", principal: admin });
    expect(await prisma.survivorshipRuleSet.count({ where: { status: "ACTIVE" } })).toBe(1);
    expect(await prisma.auditEvent.findFirstOrThrow({ where: { action: "survivorship.save", targetId: String(version) } })).toMatchObject({ actor: admin.label });

    await recomputeGoldenRecords({ bulkActionId });

    const after = await prisma.goldenRecord.findUniqueOrThrow({ where: { id: goldenId } });
    expect(after.version).toBe(before.version + 1);
    expect((after.attributes as Record<string, string>).email).toBe(`runa.${tag}@erp.example`);
    expect(readLineage(after.lineage).email).toMatchObject({ source: erp.source.key, rule: "Source priority" });
    expect(await prisma.changeEvent.findFirstOrThrow({ where: { goldenRecordId: goldenId }, orderBy: { sequence: "desc" } })).toMatchObject({
      type: "golden.updated",
      payload: expect.objectContaining({ reason: `survivorship rules v${version}` }),
    });
    expect(await prisma.bulkAction.findUniqueOrThrow({ where: { id: bulkActionId } })).toMatchObject({ status: "DONE", done: expect.any(Number) });

    await recomputeGoldenRecords({ bulkActionId });
    expect((await prisma.goldenRecord.findUniqueOrThrow({ where: { id: goldenId } })).version).toBe(after.version);
  });

  it("waits to put new rules in force until every write that read the old ones has committed, so the recompute sees them all", async () => {
    const steward = userPrincipal("STEWARD");
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let readVersion: number | null | undefined;
    const writing = writeGoldenRecords(steward, async (golden) => {
      readVersion = await golden.rulesVersion();
      await held;
    });
    while (readVersion === undefined) await new Promise((r) => setTimeout(r, 10));
    let saved = false;
    const saving = saveSurvivorshipRules({ rules: {}, note: "waits for writers", principal: admin }).then((r) => ((saved = true), r));
    await new Promise((r) => setTimeout(r, 300));
    expect(saved).toBe(false);
    release();
    await writing;
    const { version } = await saving;
    expect(version).toBeGreaterThan(readVersion ?? 0);
    expect(await writeGoldenRecords(steward, (golden) => golden.rulesVersion())).toBe(version);
  });

  it("refuses rules that are not valid, naming where, and anyone but an admin", async () => {
    await expect(saveSurvivorshipRules({ rules: { email: { strategy: "loudest" } }, principal: admin })).rejects.toMatchObject({ code: "VALIDATION_FAILED", issues: [{ path: "email.strategy" }] });
    await expect(saveSurvivorshipRules({ rules: { shoeSize: { strategy: "most-recent" } }, principal: admin })).rejects.toMatchObject({ code: "VALIDATION_FAILED" });
    await expect(saveSurvivorshipRules({ rules: {}, principal: userPrincipal("STEWARD") })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
