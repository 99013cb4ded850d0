import { afterAll, describe, expect, it } from "vitest";
import { systemPrincipal } from "@/src/auth/principal";
import { closeDb, prisma, sql } from "@/src/db";
import { writeGoldenRecords } from "@/src/golden/golden-writer";
import { orderedPair } from "@/src/golden/repoint-suspects";
import { closeQueues } from "@/workers/contracts";
import { unique, userPrincipal } from "@/src/testing/fixtures";
import { markNotDuplicate } from "./mark-not-duplicate";
import { mergeSuspect } from "./merge-suspect";

const hub = systemPrincipal("test");

/** Two golden records and an open suspect between them, written as ingest writes them. */
async function openSuspect(score = 0.7): Promise<{ suspectId: string; pair: { leftId: string; rightId: string } }> {
  const tag = unique();
  const pair = orderedPair(`d${tag}-a`, `d${tag}-b`);
  await writeGoldenRecords(hub, async (w) => {
    await w.create([pair.leftId, pair.rightId].map((id) => ({ id, reason: "test", contributors: [] })));
    await w.addSuspects([{ ...pair, score, explanation: { fields: [] } }]);
  });
  const { id } = await prisma.duplicateSuspect.findUniqueOrThrow({ where: { leftId_rightId: pair } });
  return { suspectId: id, pair };
}

afterAll(async () => {
  await closeQueues();
  await closeDb();
});

describe("not a duplicate", () => {
  it("is remembered with who decided, audited, and a later match of the pair does not reopen it", async () => {
    const { suspectId, pair } = await openSuspect();
    await markNotDuplicate({ suspectId, principal: userPrincipal("STEWARD", "user:nina@example.com") });
    expect(await prisma.duplicateSuspect.findUniqueOrThrow({ where: { id: suspectId } })).toMatchObject({ status: "NOT_DUPLICATE", decidedBy: "user:nina@example.com" });
    expect(await prisma.auditEvent.count({ where: { targetId: suspectId, action: "suspect.not-duplicate", actor: "user:nina@example.com" } })).toBe(1);
    await writeGoldenRecords(hub, (w) => w.addSuspects([{ ...pair, score: 0.99, explanation: { fields: [] } }]));
    expect(await prisma.duplicateSuspect.findUniqueOrThrow({ where: { id: suspectId } })).toMatchObject({ status: "NOT_DUPLICATE", score: 0.7 });
  });

  it("refuses a viewer, an unknown suspect and a suspect decided already, saying which", async () => {
    const { suspectId } = await openSuspect();
    await expect(markNotDuplicate({ suspectId, principal: userPrincipal("VIEWER") })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(markNotDuplicate({ suspectId: "no-such-suspect", principal: userPrincipal() })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await markNotDuplicate({ suspectId, principal: userPrincipal() });
    await expect(markNotDuplicate({ suspectId, principal: userPrincipal() })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "This suspect was already decided (not duplicate).",
    });
  });
});

describe("merge a suspect", () => {
  it("refuses a viewer and changes nothing", async () => {
    const { suspectId, pair } = await openSuspect();
    await expect(mergeSuspect({ suspectId, principal: userPrincipal("VIEWER") })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const rows = await sql`SELECT status FROM "GoldenRecord" WHERE id IN (${pair.leftId}, ${pair.rightId})`;
    expect(rows.map((r) => r.status)).toEqual(["ACTIVE", "ACTIVE"]);
  });

  it("lets one of two stewards deciding at once win; the other is told it was decided", async () => {
    const { suspectId } = await openSuspect();
    const results = await Promise.allSettled([
      mergeSuspect({ suspectId, principal: userPrincipal("STEWARD", "user:a@example.com") }),
      markNotDuplicate({ suspectId, principal: userPrincipal("STEWARD", "user:b@example.com") }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toMatchObject({ code: "CONFLICT" });
    const decided = await prisma.duplicateSuspect.findUniqueOrThrow({ where: { id: suspectId } });
    expect(decided.status).toBe(results[0].status === "fulfilled" ? "MERGED" : "NOT_DUPLICATE");
    expect(await prisma.auditEvent.count({ where: { targetId: suspectId } })).toBe(1);
  });
});
