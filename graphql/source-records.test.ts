import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/src/db";
import { postGraphQL } from "./test-client";
import { fixturesWithToken } from "./test-fixtures";

const { fx, token: issuedToken } = fixturesWithToken("VIEWER");
let token: string;

beforeAll(() => {
  token = issuedToken();
});

const LIST = `query ($first: Int, $after: String, $filter: SourceRecordFilter) {
  sourceRecords(first: $first, after: $after, filter: $filter) {
    totalCount
    edges { node { id source externalId status updatedAt goldenRecordId goldenRecord { id displayName } attributes { email } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

type Node = { id: string; source: string; externalId: string; status: string; goldenRecord: { id: string; displayName: string } };
type Page = { totalCount: number; edges: { node: Node }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };

async function page(variables: Record<string, unknown>): Promise<Page> {
  const { body } = await postGraphQL(LIST, { token, variables });
  expect(body.errors).toBeUndefined();
  return body.data.sourceRecords;
}

describe("sourceRecords", () => {
  it("lists a source's xrefs with their golden record, filtered by status and updatedSince, paging in a stable order", async () => {
    const crm = await fx.source("crm");
    const other = await fx.source("erp");
    const golden = await fx.golden({ displayName: "Xref Owner" });
    const made = [];
    for (let i = 0; i < 5; i++) made.push(await fx.sourceRecord({ sourceId: crm.id, goldenRecordId: golden.id, externalId: `C-${i}`, standardized: { email: `c${i}@example.com` } }));
    await fx.sourceRecord({ sourceId: other.id, goldenRecordId: golden.id, externalId: "E-1" });
    await prisma.sourceRecord.update({ where: { id: made[4].id }, data: { status: "DELETED" } });
    const { updatedAt } = await prisma.sourceRecord.findUniqueOrThrow({ where: { id: made[4].id } });

    const first = await page({ first: 3, filter: { source: crm.key } });
    expect(first.totalCount).toBe(5);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = await page({ first: 3, after: first.pageInfo.endCursor, filter: { source: crm.key } });
    expect(rest.pageInfo.hasNextPage).toBe(false);
    const all = [...first.edges, ...rest.edges].map((e) => e.node);
    expect(all.map((n) => n.id)).toEqual(made.map((m) => m.id).sort());
    expect(all[0]).toMatchObject({ source: crm.key, goldenRecord: { id: golden.id, displayName: "Xref Owner" } });

    const deleted = await page({ first: 10, filter: { source: crm.key, status: "DELETED" } });
    expect(deleted.edges.map((e) => e.node.externalId)).toEqual(["C-4"]);
    const recent = await page({ first: 10, filter: { source: crm.key, updatedSince: updatedAt.toISOString() } });
    expect(recent.edges.map((e) => e.node.externalId)).toEqual(["C-4"]);
    expect((await page({ first: 10, filter: { source: other.key } })).edges.map((e) => e.node.externalId)).toEqual(["E-1"]);
  });

  it("returns at most 100 per page, and refuses bad filter values with BAD_USER_INPUT naming them", async () => {
    expect((await page({ first: 500 })).edges.length).toBeLessThanOrEqual(100);
    for (const [variables, argument] of [[{ first: 1, filter: { source: "" } }, "filter.source"], [{ first: -5 }, "first"]] as const) {
      const { body } = await postGraphQL(LIST, { token, variables });
      expect(body.errors?.[0]?.extensions?.code, argument).toBe("BAD_USER_INPUT");
      expect(body.errors?.[0]?.message).toContain(argument);
    }
  });
});
