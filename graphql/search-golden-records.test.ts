import { randomInt } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sourceWithToken } from "@/src/testing/fixtures";
import { ingested } from "@/src/testing/ingested";
import { closeQueues } from "@/workers/contracts";
import { postGraphQL } from "./test-client";
import { fixturesWithToken } from "./test-fixtures";

const { fx, token: issuedToken } = fixturesWithToken("VIEWER");
let token: string;
const ids = { exact: "", near: "", pushed: "" };
const phone = `+46 70 ${randomInt(100, 999)} ${randomInt(10, 99)} ${randomInt(10, 99)}`;

afterAll(closeQueues);

beforeAll(async () => {
  token = issuedToken();
  ids.exact = (await fx.golden({ displayName: `Katarina Lindqvist ${fx.tag}` })).id;
  ids.near = (await fx.golden({ displayName: `Katarina Lindkvist ${fx.tag}` })).id;
  await fx.golden({ displayName: `Katarina Lindqvist ${fx.tag} (old)`, status: "MERGED", mergedIntoId: ids.exact });
  await fx.golden({ displayName: `Unrelated Person ${fx.tag}` });
  const { source } = await sourceWithToken({ kind: "CRM" });
  const golden = await ingested(source.key, [{ externalId: "S-1", attributes: { firstName: "Olof", lastName: `Berg${fx.tag}`, email: `olof.${fx.tag}@example.com`, phone } }]);
  ids.pushed = golden.get("S-1")!;
});

const SEARCH = `query ($query: String!, $first: Int) {
  searchGoldenRecords(query: $query, first: $first) { score matchedOn goldenRecord { id displayName status } }
}`;

type Hit = { score: number; matchedOn: string[]; goldenRecord: { id: string; displayName: string; status: string } };

async function search(query: string, first?: number): Promise<Hit[]> {
  const { body } = await postGraphQL(SEARCH, { token, variables: { query, first } });
  expect(body.errors).toBeUndefined();
  return body.data.searchGoldenRecords;
}

const ours = (hits: Hit[]) => hits.filter((h) => Object.values(ids).includes(h.goldenRecord.id));

describe("searchGoldenRecords", () => {
  it("finds a name despite a typo, closest first with a score, and only active records", async () => {
    const hits = ours(await search(`Katrina Lindqvist ${fx.tag}`));
    expect(hits.map((h) => h.goldenRecord.id)).toEqual([ids.exact, ids.near]);
    expect(hits[0].score).toBeGreaterThan(hits[1].score);
    expect(hits[0].score).toBeLessThan(1);
    expect(hits[0]).toMatchObject({ matchedOn: ["NAME"], goldenRecord: { status: "ACTIVE" } });
    expect((await search(`Lindqvist ${fx.tag}`)).map((h) => h.goldenRecord.id)).toContain(ids.exact); // part of a name
  });

  it("finds an email in any case, the same mailbox at another provider, and a phone in another format", async () => {
    const [byEmail] = await search(`OLOF.${fx.tag.toUpperCase()}@Example.com`);
    expect(byEmail).toMatchObject({ score: 1, matchedOn: ["EMAIL"], goldenRecord: { id: ids.pushed } });
    const [byMailbox] = await search(`olof.${fx.tag}@elsewhere.test`);
    expect(byMailbox).toMatchObject({ score: 0.9, matchedOn: ["EMAIL"], goldenRecord: { id: ids.pushed } });
    const byPhone = await search(`0046${phone.slice(3).replace(/ /g, "")}`);
    expect(byPhone[0]).toMatchObject({ score: 1, matchedOn: ["PHONE"], goldenRecord: { id: ids.pushed } });
    // The source record's name is searched too (its search name), as blocking searches it.
    expect(ours(await search(`Olof Bergg${fx.tag}`)).map((h) => h.goldenRecord.id)).toEqual([ids.pushed]);
  });

  it("returns at most `first` hits", async () => {
    expect(await search(`Katarina ${fx.tag}`, 1)).toHaveLength(1);
  });

  it("refuses a query too short to search and a first past its cap, naming the argument", async () => {
    for (const [variables, argument] of [[{ query: "a" }, "query"], [{ query: "Katarina", first: 51 }, "first"]] as const) {
      const { body } = await postGraphQL(SEARCH, { token, variables });
      expect(body.errors?.[0]?.extensions?.code, argument).toBe("BAD_USER_INPUT");
      expect(body.errors?.[0]?.message).toContain(argument);
    }
  });
});
