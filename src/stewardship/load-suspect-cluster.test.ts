import { afterAll, describe, expect, it } from "vitest";
import { systemPrincipal } from "@/src/auth/principal";
import { closeDb, prisma } from "@/src/db";
import { writeGoldenRecords } from "@/src/golden/golden-writer";
import { orderedPair } from "@/src/golden/repoint-suspects";
import { plantSuspects } from "@/src/testing/planted-suspects";
import { unique } from "@/src/testing/fixtures";
import { closeQueues } from "@/workers/contracts";
import { loadSuspectCluster } from "./load-suspect-cluster";

afterAll(async () => {
  await closeQueues();
  await closeDb();
});

describe("a suspect's cluster", () => {
  it("shows every record linked to the pair by open suspects, with the suspect that opens each, and nothing past a decided one", async () => {
    const tag = `Cl${unique()}`;
    // A~B and C~D planted apart, then linked: B~C open, and D~E decided (E stays out).
    const [ab, cd, de] = await plantSuspects([
      { left: { firstName: "Ann", lastName: tag }, right: { firstName: "Anne", lastName: tag }, score: 0.9 },
      { left: { firstName: "Anna", lastName: tag, city: "Bergen" }, right: { firstName: "Anja", lastName: tag }, score: 0.7 },
      { left: { firstName: "Hanna", lastName: tag }, right: { firstName: "Ane", lastName: tag }, score: 0.6 },
    ]);
    const bc = orderedPair(ab.rightId, cd.leftId);
    const dNext = orderedPair(cd.rightId, de.leftId);
    await writeGoldenRecords(systemPrincipal("test"), (w) => w.addSuspects([{ ...bc, score: 0.8, explanation: { fields: [] } }, { ...dNext, score: 0.5, explanation: { fields: [] } }]));
    await prisma.duplicateSuspect.update({ where: { leftId_rightId: dNext }, data: { status: "NOT_DUPLICATE" } });

    const cluster = await loadSuspectCluster({ leftId: ab.leftId, rightId: ab.rightId });
    const ids = cluster.records.map((r) => r.id);
    expect(new Set(ids)).toEqual(new Set([ab.leftId, ab.rightId, cd.leftId, cd.rightId]));
    expect(ids.slice(0, 2).sort()).toEqual([ab.leftId, ab.rightId].sort());
    const bcSuspect = await prisma.duplicateSuspect.findUniqueOrThrow({ where: { leftId_rightId: bc } });
    expect(cluster.records.find((r) => r.id === cd.leftId)?.suspectId).toBe(bcSuspect.id);
    // D reaches the pair only through C.
    expect(cluster.records.find((r) => r.id === cd.rightId)?.suspectId).toBeNull();
    expect(cluster.attributes).toEqual(["firstName", "lastName", "city"]);
    expect(cluster.truncated).toBe(false);
  });
});
