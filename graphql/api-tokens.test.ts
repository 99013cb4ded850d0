import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/src/db";
import { postGraphQL } from "./test-client";
import { fixturesWithToken } from "./test-fixtures";

const { fx, token: adminToken } = fixturesWithToken("ADMIN");
const others = { steward: "", viewer: "" };
let source: { id: string; key: string };

beforeAll(async () => {
  others.steward = (await fx.token("STEWARD")).secret;
  others.viewer = (await fx.token("VIEWER")).secret;
  source = await fx.source("crm");
});

const ISSUE = `mutation ($name: String!, $role: Role!, $source: String) {
  issueApiToken(name: $name, role: $role, source: $source) { id secret name prefix role source }
}`;
const REVOKE = `mutation ($id: ID!) { revokeApiToken(id: $id) }`;
const LIST = `query ($first: Int, $after: String) {
  apiTokens(first: $first, after: $after) { totalCount edges { cursor node { id name prefix role source createdBy createdAt lastUsedAt revokedAt } } pageInfo { hasNextPage endCursor } }
}`;

async function issue(variables: Record<string, unknown>) {
  const { body } = await postGraphQL(ISSUE, { token: adminToken(), variables });
  expect(body.errors).toBeUndefined();
  fx.track("tokens", body.data.issueApiToken.id);
  return body.data.issueApiToken as { id: string; secret: string; name: string; prefix: string; role: string; source: string | null };
}

describe("API tokens through GraphQL", () => {
  it("an admin issues a token bound to a source, shown once; the list shows it without its secret; revoking it locks it out", async () => {
    const issued = await issue({ name: ` ${fx.tag} integration `, role: "STEWARD", source: source.key });
    expect(issued).toMatchObject({ name: `${fx.tag} integration`, role: "STEWARD", source: source.key, secret: expect.stringMatching(/^ghk_/) });
    expect(issued.secret.startsWith(issued.prefix)).toBe(true);
    expect(await prisma.apiToken.findUniqueOrThrow({ where: { id: issued.id }, select: { sourceId: true } })).toEqual({ sourceId: source.id });

    const works = await postGraphQL(`{ goldenRecords(first: 1) { totalCount } }`, { token: issued.secret });
    expect(works.status).toBe(200);
    const { body } = await postGraphQL(LIST, { token: adminToken(), variables: { first: 100 } });
    expect(body.errors).toBeUndefined();
    const listed = body.data.apiTokens.edges.find((e: { node: { id: string } }) => e.node.id === issued.id).node;
    expect(listed).toMatchObject({ name: issued.name, prefix: issued.prefix, role: "STEWARD", source: source.key, createdBy: null, revokedAt: null, lastUsedAt: expect.any(String) });
    expect(JSON.stringify(body)).not.toContain(issued.secret);

    const revoked = await postGraphQL(REVOKE, { token: adminToken(), variables: { id: issued.id } });
    expect(revoked.body).toEqual({ data: { revokeApiToken: true } });
    const refused = await postGraphQL(`{ goldenRecords(first: 1) { totalCount } }`, { token: issued.secret });
    expect(refused.status).toBe(401);
    const again = await postGraphQL(REVOKE, { token: adminToken(), variables: { id: issued.id } });
    expect(again.body.errors?.[0]?.extensions?.code).toBe("CONFLICT");
  });

  it("pages the list newest first with first and after", async () => {
    const a = await issue({ name: `${fx.tag} page a`, role: "VIEWER" });
    const b = await issue({ name: `${fx.tag} page b`, role: "VIEWER" });
    // Other test files issue tokens meanwhile: walk pages of one from the newest until both are seen.
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 50 && !seen.includes(a.id); page++) {
      const { body } = await postGraphQL(LIST, { token: adminToken(), variables: { first: 1, after } });
      expect(body.errors).toBeUndefined();
      const { edges, pageInfo, totalCount } = body.data.apiTokens;
      expect(edges).toHaveLength(1);
      expect(pageInfo).toEqual({ hasNextPage: true, endCursor: edges[0].node.id });
      expect(totalCount).toBeGreaterThanOrEqual(2);
      seen.push(edges[0].node.id);
      after = pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.indexOf(b.id)).toBeGreaterThanOrEqual(0);
    expect(seen.indexOf(b.id)).toBeLessThan(seen.indexOf(a.id));
  });

  it("refuses stewards and viewers every token operation, saying only administrators may", async () => {
    const target = await issue({ name: `${fx.tag} target`, role: "VIEWER" });
    for (const secret of [others.steward, others.viewer]) {
      for (const [query, variables] of [[ISSUE, { name: "sneaky", role: "ADMIN" }], [REVOKE, { id: target.id }], [LIST, { first: 5 }]] as const) {
        const { body } = await postGraphQL(query, { token: secret, variables });
        expect(body.errors?.[0], query).toMatchObject({ message: "Only administrators can manage users and API tokens.", extensions: { code: "FORBIDDEN" } });
      }
    }
    expect(await prisma.apiToken.count({ where: { name: "sneaky" } })).toBe(0);
    expect(await prisma.apiToken.findUniqueOrThrow({ where: { id: target.id }, select: { revokedAt: true } })).toEqual({ revokedAt: null });
  });

  it("answers bad input with BAD_USER_INPUT naming the argument", async () => {
    const cases = [
      [ISSUE, { name: "  ", role: "VIEWER" }, "name", /Name/],
      [ISSUE, { name: "x".repeat(101), role: "VIEWER" }, "name", /Name/],
      [ISSUE, { name: "ghost", role: "VIEWER", source: `nope-${fx.tag}` }, "sourceKey", /Source/],
      [REVOKE, { id: "not a token id!" }, "tokenId", /Token/],
      [LIST, { first: 1, after: "no such cursor!" }, "after", /after/],
    ] as const;
    for (const [query, variables, path, message] of cases) {
      const { body } = await postGraphQL(query, { token: adminToken(), variables });
      expect(body.errors?.[0]?.extensions?.code, path).toBe("BAD_USER_INPUT");
      expect((body.errors?.[0]?.extensions?.issues as { path: string }[] | undefined)?.[0]?.path, path).toBe(path);
      expect(body.errors?.[0]?.message).toMatch(message);
    }
  });
});
