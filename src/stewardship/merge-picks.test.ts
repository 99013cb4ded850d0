import { afterAll, describe, expect, it } from "vitest";
import { systemPrincipal } from "@/src/auth/principal";
import { closeDb, prisma } from "@/src/db";
import { writeGoldenRecords } from "@/src/golden/golden-writer";
import { readLineage } from "@/src/golden/read-golden-json";
import { orderedPair } from "@/src/golden/repoint-suspects";
import { sourceWithToken, unique, userPrincipal } from "@/src/testing/fixtures";
import { ingested } from "@/src/testing/ingested";
import { closeQueues } from "@/workers/contracts";
import { editGoldenRecord } from "./edit-golden-record";
import { mergeSuspect } from "./merge-suspect";
import { previewMergedValues } from "./preview-merged-values";

const steward = userPrincipal("STEWARD", "user:mia@example.com");

/** One customer in a CRM and an ERP with different emails, kept apart as a suspect for a steward. */
async function suspectPair() {
  const tag = unique();
  const crm = await sourceWithToken({ kind: "CRM", priority: 80 });
  const erp = await sourceWithToken({ kind: "ERP", priority: 20 });
  const a = (await ingested(crm.source.key, [{ externalId: "1", attributes: { firstName: "Pia", lastName: `Lund${tag}`, email: `pia.${tag}@crm.example`, city: "Aarhus" } }])).get("1")!;
  const b = (await ingested(erp.source.key, [{ externalId: "2", attributes: { firstName: "Pia", lastName: `Lund${tag}`, email: `pia.${tag}@erp.example`, city: "Aarhus" } }])).get("2")!;
  const pair = orderedPair(a, b);
  await writeGoldenRecords(systemPrincipal("test"), (w) => w.addSuspects([{ ...pair, score: 0.8, explanation: { fields: [] } }]));
  const suspect = await prisma.duplicateSuspect.findUniqueOrThrow({ where: { leftId_rightId: pair } });
  return { tag, suspectId: suspect.id, pair };
}

afterAll(async () => {
  await closeQueues();
  await closeDb();
});

describe("merge with field picks", () => {
  it("keeps the steward's pick over the more trusted source as an override on the survivor", async () => {
    const { tag, suspectId } = await suspectPair();
    const { survivorId } = await mergeSuspect({ suspectId, principal: steward, picks: { email: `pia.${tag}@erp.example` }, expectedVersions: { left: 1, right: 1 } });
    const survivor = await prisma.goldenRecord.findUniqueOrThrow({ where: { id: survivorId } });
    expect((survivor.attributes as Record<string, string>).email).toBe(`pia.${tag}@erp.example`);
    expect(readLineage(survivor.lineage).email?.override).toEqual({ author: "user:mia@example.com", reason: `picked in the merge of suspect ${suspectId}` });
    expect(await prisma.auditEvent.findFirstOrThrow({ where: { targetId: suspectId, action: "suspect.merge" } })).toMatchObject({ data: { picks: { email: `pia.${tag}@erp.example` } } });
  });

  it("previews as the default what the merge would keep, a steward's correction on either record included", async () => {
    const { tag, pair } = await suspectPair();
    // The CRM is trusted more, so survivorship alone keeps its email and city.
    expect(await previewMergedValues(pair)).toMatchObject({ email: `pia.${tag}@crm.example`, city: "Aarhus" });
    await editGoldenRecord({ goldenRecordId: pair.rightId, principal: steward, set: { city: "Odense" }, reason: "moved" });
    expect(await previewMergedValues(pair)).toMatchObject({ email: `pia.${tag}@crm.example`, city: "Odense" });
  });

  it("refuses a value neither record holds, and leaves the suspect open", async () => {
    const { suspectId } = await suspectPair();
    await expect(mergeSuspect({ suspectId, principal: steward, picks: { email: "someone.else@example.com" } })).rejects.toMatchObject({ code: "CONFLICT", issues: [{ path: "picks.email" }] });
    expect((await prisma.duplicateSuspect.findUniqueOrThrow({ where: { id: suspectId } })).status).toBe("OPEN");
  });

  it("refuses a merge decided on a record that changed meanwhile, naming the change, and leaves the suspect open", async () => {
    const { suspectId, pair } = await suspectPair();
    await editGoldenRecord({ goldenRecordId: pair.rightId, principal: userPrincipal("STEWARD", "user:otto@example.com"), set: { city: "Odense" }, reason: "moved" });
    await expect(mergeSuspect({ suspectId, principal: steward, expectedVersions: { left: 1, right: 1 } })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringMatching(/version 2 now \(you saw 1\), last changed by user:otto@example.com: steward edit: moved/),
    });
    expect((await prisma.duplicateSuspect.findUniqueOrThrow({ where: { id: suspectId } })).status).toBe("OPEN");
  });
});
