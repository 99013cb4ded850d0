import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/src/db";
import { plantSuspects } from "@/src/testing/planted-suspects";
import { postGraphQL } from "./test-client";
import { fixturesWithToken } from "./test-fixtures";

const { fx, token: issuedToken } = fixturesWithToken("STEWARD");
let token: string;

beforeAll(() => {
  token = issuedToken();
});

const SUSPECTS = `
  query ($after: String, $status: SuspectStatus = OPEN) {
    duplicateSuspects(first: 100, after: $after, status: $status) {
      edges { node { id score status explanation left { id } right { id } } }
      pageInfo { hasNextPage endCursor }
    }
  }`;

type Suspect = { id: string; score: number; status: string; explanation: unknown; left: { id: string }; right: { id: string } };

// Other test files may leave suspects in the shared database, so walk every page and keep ours.
async function allSuspects(status: string): Promise<Suspect[]> {
  const nodes: Suspect[] = [];
  let after: string | null = null;
  do {
    const { body } = await postGraphQL(SUSPECTS, { token, variables: { after, status } });
    expect(body.errors).toBeUndefined();
    const connection = body.data.duplicateSuspects;
    nodes.push(...connection.edges.map((e: { node: Suspect }) => e.node));
    after = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
  } while (after);
  return nodes;
}

describe("duplicateSuspects", () => {
  it("lists open suspects highest score first with both records and the explanation", async () => {
    const [a, b, c] = [await fx.golden({ displayName: "A" }), await fx.golden({ displayName: "B" }), await fx.golden({ displayName: "C" })];
    const explanation = { name: { left: "A", right: "B", score: 0.8 } };
    const low = await prisma.duplicateSuspect.create({ data: { leftId: a.id, rightId: b.id, score: 0.61, explanation } });
    const high = await prisma.duplicateSuspect.create({ data: { leftId: a.id, rightId: c.id, score: 0.88, explanation } });
    const decided = await prisma.duplicateSuspect.create({ data: { leftId: b.id, rightId: c.id, score: 0.95, explanation, status: "NOT_DUPLICATE" } });

    const open = (await allSuspects("OPEN")).filter((s) => [low.id, high.id, decided.id].includes(s.id));

    expect(open.map((s) => s.id)).toEqual([high.id, low.id]);
    expect(open[1]).toEqual({ id: low.id, score: 0.61, status: "OPEN", explanation, left: { id: a.id }, right: { id: b.id } });
    expect((await allSuspects("NOT_DUPLICATE")).map((s) => s.id)).toContain(decided.id);
  });
});

const FILTERED = `
  query ($after: String, $filter: DuplicateSuspectFilter) {
    duplicateSuspects(first: 100, after: $after, filter: $filter) {
      totalCount
      edges { node { id score status assignee { id name } assignedAt deferredUntil } }
      pageInfo { hasNextPage endCursor }
    }
  }`;

type Filtered = { id: string; score: number; assignee: { id: string; name: string } | null; deferredUntil: string | null };

async function filteredIds(filter: Record<string, unknown>, among: string[]): Promise<string[]> {
  const ids: string[] = [];
  let after: string | null = null;
  do {
    const { body } = await postGraphQL(FILTERED, { token, variables: { after, filter } });
    expect(body.errors).toBeUndefined();
    const connection = body.data.duplicateSuspects;
    ids.push(...connection.edges.map((e: { node: Filtered }) => e.node.id).filter((id: string) => among.includes(id)));
    after = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
  } while (after);
  return ids;
}

describe("duplicateSuspects(filter)", () => {
  it("filters by score band, assignee, entity type, deferral and status", async () => {
    const person = (first: string) => ({ firstName: first, lastName: `Filter${fx.tag}` });
    const org = { organizationName: `Filter ${fx.tag} AB` };
    const [high, mid, low, firm] = await plantSuspects([
      { left: person("Ann"), right: person("Anna"), score: 0.93 },
      { left: person("Bo"), right: person("Boo"), score: 0.71 },
      { left: person("Cai"), right: person("Kai"), score: 0.52 },
      { left: org, right: { organizationName: `Filter ${fx.tag} Aktiebolag` }, score: 0.66 },
    ]);
    const among = [high, mid, low, firm].map((s) => s.id);
    const steward = await fx.user({ role: "STEWARD" });
    await prisma.duplicateSuspect.update({ where: { id: mid.id }, data: { assigneeId: steward.id, assignedAt: new Date() } });
    await prisma.duplicateSuspect.update({ where: { id: low.id }, data: { deferredUntil: new Date(Date.now() + 86_400_000) } });
    await prisma.duplicateSuspect.update({ where: { id: firm.id }, data: { status: "NOT_DUPLICATE" } });

    expect(await filteredIds({}, among)).toEqual([high.id, mid.id, low.id]);
    expect(await filteredIds({ minScore: 0.6, maxScore: 0.8, status: null }, among)).toEqual([mid.id, firm.id]);
    expect(await filteredIds({ assigneeId: steward.id }, among)).toEqual([mid.id]);
    expect(await filteredIds({ unassigned: true }, among)).toEqual([high.id, low.id]);
    expect(await filteredIds({ deferred: true }, among)).toEqual([low.id]);
    expect(await filteredIds({ deferred: false }, among)).toEqual([high.id, mid.id]);
    expect(await filteredIds({ entityType: "ORGANIZATION", status: null }, among)).toEqual([firm.id]);
    expect(await filteredIds({ entityType: "PERSON", status: null }, among)).toEqual([high.id, mid.id, low.id]);
    expect(await filteredIds({ status: "NOT_DUPLICATE" }, among)).toEqual([firm.id]);

    const { body } = await postGraphQL(FILTERED, { token, variables: { filter: { assigneeId: steward.id } } });
    expect(body.data.duplicateSuspects.totalCount).toBe(1);
    expect(body.data.duplicateSuspects.edges[0].node).toMatchObject({ id: mid.id, assignee: { id: steward.id, name: "Test User" } });
  });

  it("refuses a score outside 0 to 1 or a band upside down, naming the field", async () => {
    for (const [filter, field] of [[{ minScore: 1.5 }, "filter.minScore"], [{ minScore: 0.9, maxScore: 0.2 }, "filter.minScore"]] as const) {
      const { body } = await postGraphQL(FILTERED, { token, variables: { filter } });
      expect(body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(body.errors?.[0]?.message).toContain(field);
    }
  });
});
