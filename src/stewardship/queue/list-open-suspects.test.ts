import { afterAll, describe, expect, it } from "vitest";
import { closeDb, prisma } from "@/src/db";
import { ingested } from "@/src/testing/ingested";
import { plantSuspects } from "@/src/testing/planted-suspects";
import { sourceWithToken, unique } from "@/src/testing/fixtures";
import { writeGoldenRecords } from "@/src/golden/golden-writer";
import { systemPrincipal } from "@/src/auth/principal";
import { closeQueues } from "@/workers/contracts";
import { countOpenSuspects, listOpenSuspects } from "@/src/stewardship/list-open-suspects";
import { neighbourSuspect } from "./neighbour-suspect";
import type { SuspectQueueFilter } from "./suspect-queue-filter";

afterAll(async () => {
  await closeQueues();
  await closeDb();
});

/** Five pairs named after one tag, so each test sees only its own suspects through the search. */
async function queueOfFive() {
  const tag = `Qz${unique()}`;
  const person = (first: string) => ({ firstName: first, lastName: `${tag}son` });
  const ids = await plantSuspects([
    { left: person("Ana"), right: person("Anna"), score: 0.91, ageDays: 5 },
    { left: person("Ben"), right: person("Benn"), score: 0.55, ageDays: 1 },
    { left: person("Cleo"), right: person("Clio"), score: 0.72, ageDays: 9 },
    { left: { organizationName: `${tag} Holding` }, right: { organizationName: `${tag} Holdings` }, score: 0.64, ageDays: 3 },
    { left: person("Dora"), right: person("Dorra"), score: 0.72, ageDays: 7 },
  ]);
  return { tag, ids: ids.map((s) => s.id) };
}

const idsOf = async (filter: SuspectQueueFilter, sort?: "score-desc" | "score-asc" | "oldest" | "newest") =>
  (await listOpenSuspects({ filter, sort, take: 50 })).rows.map((r) => r.id);

describe("the review queue", () => {
  it("sorts by score and by age, ties broken by id, and pages by keyset without gaps or repeats", async () => {
    const { tag, ids } = await queueOfFive();
    const [a, b, c, d, e] = ids;
    const tied = [c, e].sort().reverse();
    expect(await idsOf({ search: tag })).toEqual([a, ...tied, d, b]);
    expect(await idsOf({ search: tag }, "score-asc")).toEqual([b, d, ...[...tied].reverse(), a]);
    expect(await idsOf({ search: tag }, "oldest")).toEqual([c, e, a, d, b]);
    expect(await idsOf({ search: tag }, "newest")).toEqual([b, d, a, e, c]);
    const seen: string[] = [];
    let after: string | undefined;
    for (let i = 0; i < 5; i++) {
      const page = await listOpenSuspects({ filter: { search: tag }, take: 2, after });
      expect(page.total).toBe(5);
      seen.push(...page.rows.map((r) => r.id));
      after = page.nextCursor ?? undefined;
      if (!after) break;
    }
    expect(seen).toEqual([a, ...tied, d, b]);
  });

  it("filters by score band, entity type, assignee and deferral, and counts what it filters", async () => {
    const { tag, ids } = await queueOfFive();
    const [a, b, c, d, e] = ids;
    expect(new Set(await idsOf({ search: tag, minScore: 0.6, maxScore: 0.8 }))).toEqual(new Set([c, d, e]));
    expect(await idsOf({ search: tag, entity: "organization" })).toEqual([d]);
    expect(await idsOf({ search: tag, entity: "person" })).not.toContain(d);
    const user = await prisma.user.create({ data: { email: `queue-${tag}@example.com`, name: "Queue Tester", role: "STEWARD" } });
    await prisma.duplicateSuspect.update({ where: { id: b }, data: { assigneeId: user.id, assignedAt: new Date() } });
    await prisma.duplicateSuspect.update({ where: { id: e }, data: { deferredUntil: new Date(Date.now() + 86_400_000) } });
    expect(await idsOf({ search: tag, assigneeId: user.id })).toEqual([b]);
    expect(await idsOf({ search: tag, unassigned: true })).toEqual([a, c, d]);
    expect(await idsOf({ search: tag, deferred: true })).toEqual([e]);
    expect(await countOpenSuspects({ filter: { search: tag } })).toBe(4);
    const row = (await listOpenSuspects({ filter: { search: tag, assigneeId: user.id }, take: 5 })).rows[0];
    expect(row.assignee).toEqual({ id: user.id, name: "Queue Tester" });
  });

  it("searches by name with LIKE wildcards taken literally, and by a source's email or phone", async () => {
    const tag = `Wq${unique()}`;
    const [plain] = await plantSuspects([{ left: { firstName: "Per", lastName: `${tag}_x` }, right: { firstName: "Pär", lastName: `${tag}_x` }, score: 0.5 }]);
    await plantSuspects([{ left: { firstName: "Per", lastName: `${tag}ax` }, right: { firstName: "Pär", lastName: `${tag}bx` }, score: 0.5 }]);
    expect(await idsOf({ search: `${tag}_x` })).toEqual([plain.id]);
    expect(await idsOf({ search: "100%_\\" })).toEqual([]);
    const { source } = await sourceWithToken({ kind: "CRM" });
    const other = `Ol${unique()}`;
    const golden = await ingested(source.key, [{ externalId: "E-1", attributes: { firstName: "Olu", lastName: `Ade${other}`, email: `olu.${other}@example.com`, phone: "+44 20 7946 0958" } }]);
    const firm = await ingested(source.key, [{ externalId: "E-2", attributes: { organizationName: `Zebra ${other} Ltd`, country: "GB" } }]);
    const pair = [golden.get("E-1")!, firm.get("E-2")!].sort();
    await writeGoldenRecords(systemPrincipal("test"), (w) => w.addSuspects([{ leftId: pair[0], rightId: pair[1], score: 0.4, explanation: { fields: [] } }]));
    const suspect = await prisma.duplicateSuspect.findUniqueOrThrow({ where: { leftId_rightId: { leftId: pair[0], rightId: pair[1] } } });
    expect(await idsOf({ search: `OLU.${other}@example.com` })).toEqual([suspect.id]);
    expect(await idsOf({ search: "+44 20 7946 0958", source: source.key })).toEqual([suspect.id]);
    expect(await idsOf({ search: other, source: source.key })).toEqual([suspect.id]);
    expect(await idsOf({ search: `${tag}_x`, source: source.key })).toEqual([]);
  });

  it("finds the next and previous suspect in the filter, also from one decided meanwhile", async () => {
    const { tag, ids } = await queueOfFive();
    const [a, , c, d, e] = ids;
    const tied = [c, e].sort().reverse();
    expect(await neighbourSuspect({ fromId: a, direction: "next", filter: { search: tag } })).toBe(tied[0]);
    expect(await neighbourSuspect({ fromId: a, direction: "previous", filter: { search: tag } })).toBeNull();
    expect(await neighbourSuspect({ fromId: d, direction: "previous", filter: { search: tag } })).toBe(tied[1]);
    await prisma.duplicateSuspect.update({ where: { id: tied[1] }, data: { status: "NOT_DUPLICATE" } });
    expect(await neighbourSuspect({ fromId: tied[1], direction: "next", filter: { search: tag } })).toBe(d);
    expect(await neighbourSuspect({ fromId: tied[0], direction: "next", filter: { search: tag } })).toBe(d);
  });
});
