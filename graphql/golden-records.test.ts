import { beforeAll, describe, expect, it } from "vitest";
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
