import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb } from "@/src/db";
import { dispatchEvents } from "@/src/distribution/dispatch-events";
import { outboxEvents } from "@/src/testing/outbox-fixtures";
import { postGraphQL } from "./test-client";
import { Fixtures } from "./test-fixtures";

const fx = new Fixtures();
let token: string;
afterAll(async () => {
  await fx.cleanup();
  await closeDb();
});
beforeAll(async () => {
  token = (await fx.token()).secret;
});

const FEED = `query ($after: String, $first: Int, $types: [String!]) {
  changes(after: $after, first: $first, types: $types) { endCursor hasNextPage events { id type sequence goldenRecordId data } }
}`;
type Page = { endCursor: string | null; hasNextPage: boolean; events: { id: string; type: string; sequence: number; goldenRecordId: string; data: { version: number } }[] };

async function page(variables: Record<string, unknown>): Promise<Page> {
  const { body } = await postGraphQL(FEED, { token, variables });
  expect(body.errors).toBeUndefined();
  return body.data.changes as Page;
}

async function dispatchAll() {
  while ((await dispatchEvents()).events > 0);
}

describe("the changes feed", () => {
  it("reads every dispatched event once, in order, page by page from a kept cursor, and nothing undispatched", async () => {
    await dispatchAll();
    // Start at the end of what exists, as an app that subscribed today would.
    let cursor: string | null = null;
    for (let p = await page({ first: 1000 }); ; p = await page({ after: p.endCursor, first: 1000 })) {
      cursor = p.endCursor;
      if (!p.hasNextPage) break;
    }
    const events = await outboxEvents(["golden.created", "golden.updated", "golden.updated"]);
    expect((await page({ after: cursor })).events).toEqual([]);
    expect((await page({ after: cursor })).endCursor).toBe(cursor);

    await dispatchAll();
    const first = await page({ after: cursor, first: 2 });
    const rest = await page({ after: first.endCursor, first: 2 });
    const read = [...first.events, ...rest.events].filter((e) => events.some((x) => x.id === e.id));
    expect(read.map((e) => e.id)).toEqual(events.map((e) => e.id));
    expect(read.map((e) => e.data.version)).toEqual([1, 2, 3]);
    expect(first.hasNextPage).toBe(true);

    const updates = await page({ after: cursor, types: ["golden.updated"] });
    expect(updates.events.filter((e) => events.some((x) => x.id === e.id)).map((e) => e.type)).toEqual(["golden.updated", "golden.updated"]);
  });

  it("refuses a cursor it did not give and a page size past its cap, naming the argument", async () => {
    for (const variables of [{ after: "abc" }, { first: 5000 }]) {
      const { body } = await postGraphQL(FEED, { token, variables });
      expect(body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(body.errors?.[0]?.message).toMatch(Object.keys(variables)[0]);
    }
  });

  it("is read with an API token or a session, never anonymously", async () => {
    const { status, body } = await postGraphQL(FEED, { variables: {} });
    expect(status).toBe(401);
    expect(body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});
