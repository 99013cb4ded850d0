import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb } from "@/src/db";
import { postGraphQL } from "./test-client";
import { Fixtures } from "./test-fixtures";

const fx = new Fixtures();
let token: string;
let goldenId: string;

beforeAll(async () => {
  token = (await fx.token()).secret;
  goldenId = (await fx.golden({ displayName: "Armored Customer", attributes: { email: "armor@example.com" } })).id;
});

afterAll(async () => {
  await fx.cleanup();
  await closeDb();
});

describe("query limits", () => {
  it("refuses a document nested far deeper than any real client asks, before running it", async () => {
    const nested = Array.from({ length: 60 }, () => "survivor {").join(" ");
    const query = `query ($id: ID!) { goldenRecord(id: $id) { ${nested} id ${"}".repeat(60)} } }`;
    const started = performance.now();
    const { status, body } = await postGraphQL(query, { token, variables: { id: goldenId } });
    expect(performance.now() - started).toBeLessThan(2000);
    // Refused while the document is read, so nothing ran: a request error, answered 200 under application/json.
    expect(status).toBe(200);
    expect(body.data).toBeUndefined();
    expect(body.errors?.[0].message).toMatch(/limit of \d+ exceeded/i);
    expect(body.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("refuses a query asked thirty times under aliases, and answers a query of ordinary depth", async () => {
    const aliases = Array.from({ length: 30 }, (_, i) => `a${i}: goldenRecord(id: $id) { id }`).join(" ");
    const bomb = await postGraphQL(`query ($id: ID!) { ${aliases} }`, { token, variables: { id: goldenId } });
    expect(bomb.body.data).toBeUndefined();
    expect(bomb.body.errors?.[0].message).toMatch(/aliases limit of 15 exceeded/i);
    expect(bomb.body.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    const ordinary = await postGraphQL(`query ($id: ID!) { goldenRecord(id: $id) { id survivor { id survivor { id } } attributes { email } } }`, { token, variables: { id: goldenId } });
    expect(ordinary.body.errors).toBeUndefined();
    expect(ordinary.body.data.goldenRecord).toMatchObject({ id: goldenId, attributes: { email: "armor@example.com" } });
  });
});
