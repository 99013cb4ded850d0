import { beforeAll, describe, expect, it } from "vitest";
import { postGraphQL } from "./test-client";
import { fixturesWithToken } from "./test-fixtures";
import { createGraphQLServer } from "./yoga";

const { token: issuedToken } = fixturesWithToken("VIEWER");
let token: string;

beforeAll(async () => {
  token = issuedToken();
});

const SCHEMA = `{ __schema { queryType { name } } }`;
const production = createGraphQLServer({ anonymousIntrospection: false });

describe("reading the schema", () => {
  it("is refused to an anonymous caller in production with 401 UNAUTHENTICATED, and allowed with a token", async () => {
    const anonymous = await postGraphQL(SCHEMA, { server: production });
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.data ?? null).toBeNull();
    expect(anonymous.body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const typeQuery = await postGraphQL(`{ __type(name: "GoldenRecord") { name } }`, { server: production });
    expect(typeQuery.status).toBe(401);

    const signedIn = await postGraphQL(SCHEMA, { server: production, token });
    expect(signedIn.body.data).toEqual({ __schema: { queryType: { name: "Query" } } });
    // __typename alone is no schema read: clients add it to every selection.
    expect((await postGraphQL(`{ __typename }`, { server: production })).body.data).toEqual({ __typename: "Query" });
  });

  it("is open to anyone outside production, where GraphiQL explores it", async () => {
    const { body } = await postGraphQL(SCHEMA, { server: createGraphQLServer({ anonymousIntrospection: true }) });
    expect(body.data).toEqual({ __schema: { queryType: { name: "Query" } } });
  });
});
