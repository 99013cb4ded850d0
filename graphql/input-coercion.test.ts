import { beforeAll, describe, expect, it } from "vitest";
import { postGraphQL } from "./test-client";
import { fixturesWithToken } from "./test-fixtures";

const { token: issuedToken } = fixturesWithToken("VIEWER");
let token: string;

beforeAll(async () => {
  token = issuedToken();
});

const LIST = `query ($first: Int, $filter: GoldenRecordFilter) { goldenRecords(first: $first, filter: $filter) { totalCount } }`;

describe("values that do not fit their type", () => {
  it("refuses a variable of the wrong type with BAD_USER_INPUT naming the variable, and no stack", async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ first: "abc" }, "$first"],
      [{ first: 2 ** 40 }, "$first"],
      [{ filter: { status: "NOPE" } }, "$filter"],
      [{ filter: { bogus: 1 } }, "$filter"],
    ];
    for (const [variables, path] of cases) {
      const { status, body } = await postGraphQL(LIST, { token, variables });
      expect(status, JSON.stringify(variables)).toBeLessThan(500);
      expect(body.data ?? null).toBeNull();
      expect(body.errors).toHaveLength(1);
      expect(body.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", issues: [{ path }] });
      expect(body.errors![0].message).toContain(path);
      expect(JSON.stringify(body)).not.toMatch(/at \w+ \(|\.ts:\d+/);
    }
  });

  it("refuses a literal of the wrong type in the query with BAD_USER_INPUT, and still runs a query whose values fit", async () => {
    for (const query of [`{ goldenRecords(first: "x") { totalCount } }`, `{ goldenRecords(filter: { status: NOPE }) { totalCount } }`]) {
      const { body } = await postGraphQL(query, { token });
      expect(body.errors?.[0]?.extensions?.code, query).toBe("BAD_USER_INPUT");
    }
    const fine = await postGraphQL(LIST, { token, variables: { first: 1 } });
    expect(fine.body.errors).toBeUndefined();
    expect(fine.body.data.goldenRecords.totalCount).toEqual(expect.any(Number));
  });

  it("leaves a query that asks for a field that does not exist a validation failure, not bad input", async () => {
    const { body } = await postGraphQL(`{ goldenRecords { noSuchField } }`, { token });
    expect(body.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });
});
