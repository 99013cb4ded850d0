import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/src/db";
import { postGraphQL } from "./test-client";
import { fixturesWithToken } from "./test-fixtures";

const { fx, token: issuedToken } = fixturesWithToken("VIEWER");
let token: string;

beforeAll(async () => {
  token = issuedToken();
  for (const letter of ["E", "A", "D", "B", "C"]) await fx.golden({ displayName: `${fx.tag} Customer ${letter}` });
  await fx.golden({ displayName: `${fx.tag} Customer F (merged)`, status: "MERGED" });
});

const LIST = `
  query ($first: Int, $after: String, $search: String, $status: GoldenRecordStatus = ACTIVE) {
    goldenRecords(first: $first, after: $after, search: $search, status: $status) {
      totalCount
      edges { cursor node { id displayName } }
      pageInfo { hasNextPage endCursor }
    }
  }`;

type Page = { totalCount: number; edges: { node: { displayName: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };

async function page(variables: Record<string, unknown>): Promise<Page> {
  const { body } = await postGraphQL(LIST, { token, variables });
  expect(body.errors).toBeUndefined();
  return body.data.goldenRecords;
}

const names = (p: Page) => p.edges.map((e) => e.node.displayName.replace(`${fx.tag} Customer `, ""));

describe("goldenRecords", () => {
  it("pages through active records by displayName with first/after, counting them all", async () => {
    const search = `${fx.tag} CUSTOMER`; // displayName says "Customer": the match ignores case
    const first = await page({ first: 2, search });
    expect(names(first)).toEqual(["A", "B"]);
    expect(first.totalCount).toBe(5);
    expect(first.pageInfo.hasNextPage).toBe(true);

    const second = await page({ first: 2, search, after: first.pageInfo.endCursor });
    expect(names(second)).toEqual(["C", "D"]);
    expect(second.pageInfo.hasNextPage).toBe(true);

    const last = await page({ first: 2, search, after: second.pageInfo.endCursor });
    expect(names(last)).toEqual(["E"]);
    expect(last.pageInfo.hasNextPage).toBe(false);
    expect(last.totalCount).toBe(5);
  });

  it("lists merged records when asked for them, and every status for status: null", async () => {
    expect(names(await page({ first: 10, search: fx.tag, status: "MERGED" }))).toEqual(["F (merged)"]);
    const all = await page({ first: 10, search: fx.tag, status: null });
    expect(all.totalCount).toBe(6);
  });

  it("returns at most 100 records per page however many are asked for", async () => {
    await fx.manyGolden(101, "Bulk");
    const result = await page({ first: 500, search: `Bulk ${fx.tag}` });
    expect(result.edges).toHaveLength(100);
    expect(result.totalCount).toBe(101);
    expect(result.pageInfo.hasNextPage).toBe(true);
  });

  it("refuses an over-long search with BAD_USER_INPUT naming the argument", async () => {
    const { body } = await postGraphQL(LIST, { token, variables: { first: 1, search: "x".repeat(201) } });
    expect(body.data).toBeNull();
    expect(body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(body.errors?.[0]?.message).toContain("search");
  });

  it("refuses a NUL byte or half a surrogate pair in an argument with BAD_USER_INPUT, never a database error", async () => {
    for (const search of ["a\u0000b", "\ud800"]) {
      const { body } = await postGraphQL(LIST, { token, variables: { first: 1, search } });
      expect(body.errors?.[0]?.extensions?.code, JSON.stringify(search)).toBe("BAD_USER_INPUT");
      expect(body.errors?.[0]?.message).toContain("search");
    }
    const byId = await postGraphQL(`query ($id: ID!) { goldenRecord(id: $id) { id } }`, { token, variables: { id: "g\u0000" } });
    expect(byId.body.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", issues: [{ path: "id" }] });
  });
});

const FILTERED = `
  query ($first: Int, $after: String, $filter: GoldenRecordFilter, $orderBy: GoldenRecordOrder) {
    goldenRecords(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount
      edges { node { id displayName status } }
      pageInfo { hasNextPage endCursor }
    }
  }`;

type FilteredPage = { totalCount: number; edges: { node: { id: string; displayName: string; status: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };

async function filtered(variables: Record<string, unknown>): Promise<FilteredPage> {
  const { body } = await postGraphQL(FILTERED, { token, variables });
  expect(body.errors).toBeUndefined();
  return body.data.goldenRecords;
}

describe("goldenRecords(filter, orderBy)", () => {
  it("filters by source, country, status and updatedSince, every condition holding", async () => {
    const crm = await fx.source("crm");
    const erp = await fx.source("erp");
    const tag = `${fx.tag} Filtered`;
    const swede = await fx.golden({ displayName: `${tag} Swede`, attributes: { country: "SE" } });
    const dane = await fx.golden({ displayName: `${tag} Dane`, attributes: { country: "DK" } });
    const merged = await fx.golden({ displayName: `${tag} Merged Swede`, attributes: { country: "SE" }, status: "MERGED", mergedIntoId: swede.id });
    await fx.sourceRecord({ sourceId: crm.id, goldenRecordId: swede.id, externalId: "C-1" });
    await fx.sourceRecord({ sourceId: crm.id, goldenRecordId: merged.id, externalId: "C-2" });
    await fx.sourceRecord({ sourceId: erp.id, goldenRecordId: dane.id, externalId: "E-1" });
    const deleted = await fx.sourceRecord({ sourceId: erp.id, goldenRecordId: swede.id, externalId: "E-2" });
    await prisma.sourceRecord.update({ where: { id: deleted.id }, data: { status: "DELETED" } });

    const ids = async (filter: Record<string, unknown>) => (await filtered({ first: 10, filter: { search: tag, ...filter } })).edges.map((e) => e.node.id);
    expect(await ids({ source: crm.key })).toEqual([swede.id]);
    expect(await ids({ source: crm.key, status: null })).toEqual([merged.id, swede.id]);
    expect(await ids({ source: erp.key })).toEqual([dane.id]); // a deleted xref does not count
    expect(await ids({ country: "Sweden" })).toEqual([swede.id]);
    expect(await ids({ country: "swe", status: "MERGED" })).toEqual([merged.id]);

    await prisma.goldenRecord.update({ where: { id: dane.id }, data: { displayName: `${tag} Dane (renamed)` } });
    const { updatedAt } = await prisma.goldenRecord.findUniqueOrThrow({ where: { id: dane.id } });
    expect(await ids({ updatedSince: updatedAt.toISOString() })).toEqual([dane.id]);
    expect(await ids({ updatedSince: new Date(updatedAt.getTime() + 1).toISOString() })).toEqual([]);
    expect((await filtered({ first: 1, filter: { search: tag, status: null } })).totalCount).toBe(3);
  });

  it("orders by updatedAt either way and by displayName descending, paging without gaps", async () => {
    const tag = `${fx.tag} Ordered`;
    const made = [];
    for (const letter of ["B", "C", "A"]) made.push(await fx.golden({ displayName: `${tag} ${letter}` }));
    for (const [i, record] of made.entries()) await prisma.goldenRecord.update({ where: { id: record.id }, data: { updatedAt: new Date(Date.UTC(2026, 0, 1 + i)) } });
    const order = async (orderBy: Record<string, unknown>) => {
      const first = await filtered({ first: 2, filter: { search: tag }, orderBy });
      const rest = await filtered({ first: 2, after: first.pageInfo.endCursor, filter: { search: tag }, orderBy });
      return [...first.edges, ...rest.edges].map((e) => e.node.displayName.replace(`${tag} `, ""));
    };
    expect(await order({ field: "UPDATED_AT" })).toEqual(["B", "C", "A"]);
    expect(await order({ field: "UPDATED_AT", direction: "DESC" })).toEqual(["A", "C", "B"]);
    expect(await order({ field: "DISPLAY_NAME", direction: "DESC" })).toEqual(["C", "B", "A"]);
    expect(await order({})).toEqual(["A", "B", "C"]);
  });

  it("refuses a country that is none, an over-long source and a negative first with BAD_USER_INPUT naming the argument", async () => {
    for (const [variables, argument] of [
      [{ first: 1, filter: { country: "Narnia" } }, "filter.country"],
      [{ first: 1, filter: { source: "s".repeat(65) } }, "filter.source"],
      [{ first: -1 }, "first"],
    ] as const) {
      const { body } = await postGraphQL(FILTERED, { token, variables });
      expect(body.errors?.[0]?.extensions?.code, argument).toBe("BAD_USER_INPUT");
      expect(body.errors?.[0]?.message).toContain(argument);
    }
  });
});
