import { encode } from "next-auth/jwt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { revokeApiToken } from "@/src/auth/api-tokens";
import { closeDb } from "@/src/db";
import { env } from "@/src/env";
import { postGraphQL } from "./test-client";
import { Fixtures } from "./test-fixtures";
import { yoga } from "./yoga";

const fx = new Fixtures();
let goldenId: string;

beforeAll(async () => {
  goldenId = (await fx.golden({ displayName: "Private Customer", attributes: { email: "private@example.com" } })).id;
});

afterAll(async () => {
  await fx.cleanup();
  await closeDb();
});

const READ = `query ($id: ID!) { goldenRecord(id: $id) { id attributes { email } } }`;

describe("authentication", () => {
  it("answers a request without credentials with 401 UNAUTHENTICATED and no data", async () => {
    const { status, body } = await postGraphQL(READ, { variables: { id: goldenId } });
    expect(status).toBe(401);
    expect(body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(body.errors?.[0]?.message).toMatch(/Authorization: Bearer/);
    expect(body.data?.goldenRecord ?? null).toBeNull();
  });

  it("refuses a revoked token", async () => {
    const token = await fx.token("ADMIN");
    expect((await postGraphQL(READ, { token: token.secret, variables: { id: goldenId } })).status).toBe(200);
    await revokeApiToken(token.id);

    const { status, body } = await postGraphQL(READ, { token: token.secret, variables: { id: goldenId } });

    expect(status).toBe(401);
    expect(body.data).toBeUndefined();
    expect(body.errors).toEqual([expect.objectContaining({ message: "The API token was revoked.", extensions: { code: "UNAUTHENTICATED" } })]);
  });

  it("refuses an unknown token and a malformed Authorization header", async () => {
    const unknown = await postGraphQL(READ, { token: "ghk_not-a-real-token", variables: { id: goldenId } });
    expect(unknown.status).toBe(401);
    expect(unknown.body.errors?.[0]?.message).toBe("The API token is not recognised.");

    const malformed = await postGraphQL(READ, { headers: { authorization: "Basic dXNlcjpwdw==" }, variables: { id: goldenId } });
    expect(malformed.status).toBe(401);
    expect(malformed.body.errors?.[0]?.message).toMatch(/Bearer <token>/);
  });

  it("serves GraphiQL to a browser on GET", async () => {
    const response = await yoga.fetch("http://localhost/api/graphql", { headers: { accept: "text/html" } });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("Goldenhub GraphQL");
  });
});

describe.skipIf(!env.AUTH_SECRET)("portal session cookie", () => {
  const cookieName = "authjs.session-token";

  async function sessionCookie(userId: string, role: string): Promise<string> {
    const jwt = await encode({ token: { sub: userId, role }, secret: env.AUTH_SECRET ?? "", salt: cookieName });
    return `${cookieName}=${jwt}`;
  }

  it("lets a signed-in portal user query", async () => {
    const user = await fx.user({ role: "STEWARD" });
    const { status, body } = await postGraphQL(READ, { headers: { cookie: await sessionCookie(user.id, "STEWARD") }, variables: { id: goldenId } });
    expect(status).toBe(200);
    expect(body.data.goldenRecord).toEqual({ id: goldenId, attributes: { email: "private@example.com" } });
  });

  it("refuses a disabled user even with a valid session", async () => {
    const user = await fx.user({ role: "ADMIN", disabled: true });
    const { status, body } = await postGraphQL(READ, { headers: { cookie: await sessionCookie(user.id, "ADMIN") }, variables: { id: goldenId } });
    expect(status).toBe(401);
    expect(body.data).toBeUndefined();
    expect(body.errors?.[0]?.message).toMatch(/disabled/);
  });
});
