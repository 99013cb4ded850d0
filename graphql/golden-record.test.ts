import { beforeAll, describe, expect, it } from "vitest";
import { prisma, sql } from "@/src/db";
import { attributeNames } from "@/src/golden/attributes";
import { loadActiveRules, strategies } from "@/src/golden/survivorship-rules";
import { postGraphQL } from "./test-client";
import { fixturesWithToken } from "./test-fixtures";

const { fx, token: issuedToken } = fixturesWithToken("VIEWER");
let token: string;

beforeAll(() => {
  token = issuedToken();
});

const GOLDEN_RECORD = `
  query ($id: ID!, $follow: Boolean) {
    goldenRecord(id: $id, followMerges: $follow) {
      id resolvedFromMergedId displayName status version
      attributes { firstName lastName email phone city }
      lineage { attribute source externalId sourceRecordId updatedAt rule override { author reason } }
      sourceRecords { source externalId sourceUpdatedAt attributes { email } }
      versions { version reason actor attributes { email } }
      mergedInto { id }
      survivor { id status }
    }
  }`;

describe("goldenRecord", () => {
  it("gives an API token the record's attributes, lineage, xrefs and newest-first versions", async () => {
    const crm = await fx.source("crm");
    const golden = await fx.golden({
      displayName: "Ada Lovelace",
      attributes: { firstName: "Ada", lastName: "Lovelace", email: "ada@example.com", city: "London" },
    });
    const xref = await fx.sourceRecord({
      sourceId: crm.id,
      goldenRecordId: golden.id,
      externalId: "CRM-1",
      standardized: { firstName: "Ada", email: "ada@example.com" },
    });
    const from = { sourceRecordId: xref.id, source: crm.key, externalId: "CRM-1", updatedAt: "2026-01-15T10:00:00.000Z", rule: "Most recent" };
    const override = { sourceRecordId: null, source: "steward", externalId: null, updatedAt: "2026-02-01T09:00:00.000Z", override: { author: "user:anna@example.com", reason: "customer called" } };
    await prisma.goldenRecord.update({ where: { id: golden.id }, data: { version: 2, lineage: { email: from, firstName: from, city: override } } });
    for (const version of [1, 2]) {
      await prisma.goldenRecordVersion.create({
        data: { goldenRecordId: golden.id, version, attributes: { email: `v${version}@example.com` }, lineage: {}, status: "ACTIVE", reason: `change ${version}`, actor: "test" },
      });
    }

    const { status, body } = await postGraphQL(GOLDEN_RECORD, { token, variables: { id: golden.id } });

    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const record = body.data.goldenRecord;
    expect(record).toMatchObject({ id: golden.id, resolvedFromMergedId: null, displayName: "Ada Lovelace", status: "ACTIVE", version: 2, mergedInto: null });
    expect(record.attributes).toEqual({ firstName: "Ada", lastName: "Lovelace", email: "ada@example.com", phone: null, city: "London" });
    expect(record.lineage).toEqual([
      { attribute: "firstName", ...from, override: null },
      { attribute: "email", ...from, override: null },
      { attribute: "city", ...override, rule: null },
    ]);
    expect(record.sourceRecords).toEqual([
      { source: crm.key, externalId: "CRM-1", sourceUpdatedAt: "2026-01-15T10:00:00.000Z", attributes: { email: "ada@example.com" } },
    ]);
    expect(record.versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    expect(record.versions[0]).toMatchObject({ reason: "change 2", actor: "test", attributes: { email: "v2@example.com" } });
    expect(record.survivor).toEqual({ id: golden.id, status: "ACTIVE" });
  });

  it("answers null for an id that does not exist", async () => {
    const { status, body } = await postGraphQL(GOLDEN_RECORD, { token, variables: { id: `missing-${fx.tag}` } });
    expect(status).toBe(200);
    expect(body).toEqual({ data: { goldenRecord: null } });
  });

  it("answers a merged-away id with its survivor through a chain of merges, saying which id was asked for", async () => {
    const survivor = await fx.golden({ displayName: "Survivor" });
    const middle = await fx.golden({ displayName: "Middle", status: "MERGED", mergedIntoId: survivor.id });
    const oldest = await fx.golden({ displayName: "Oldest", status: "MERGED", mergedIntoId: middle.id });

    const { body } = await postGraphQL(GOLDEN_RECORD, { token, variables: { id: oldest.id } });

    expect(body.errors).toBeUndefined();
    expect(body.data.goldenRecord).toMatchObject({
      id: survivor.id,
      resolvedFromMergedId: oldest.id,
      displayName: "Survivor",
      status: "ACTIVE",
      mergedInto: null,
      survivor: { id: survivor.id, status: "ACTIVE" },
    });
  });

  it("still returns the merged-away record itself with followMerges: false, pointing at its survivor", async () => {
    const survivor = await fx.golden({ displayName: "Survivor" });
    const middle = await fx.golden({ displayName: "Middle", status: "MERGED", mergedIntoId: survivor.id });
    const oldest = await fx.golden({ displayName: "Oldest", status: "MERGED", mergedIntoId: middle.id });

    const { body } = await postGraphQL(GOLDEN_RECORD, { token, variables: { id: oldest.id, follow: false } });

    expect(body.errors).toBeUndefined();
    expect(body.data.goldenRecord).toMatchObject({
      id: oldest.id,
      resolvedFromMergedId: null,
      status: "MERGED",
      mergedInto: { id: middle.id },
      survivor: { id: survivor.id, status: "ACTIVE" },
    });
  });
});

const HISTORY = `query ($id: ID!, $first: Int, $after: String, $last: Int) {
  goldenRecord(id: $id) { history(first: $first, after: $after, last: $last) { edges { cursor node { version reason } } pageInfo { hasNextPage endCursor } } }
}`;

describe("goldenRecord.history", () => {
  it("pages through every version newest first, at most 100 a page", async () => {
    const golden = await fx.golden({ displayName: "Often Changed" });
    await prisma.goldenRecordVersion.createMany({
      data: Array.from({ length: 105 }, (_, i) => ({ goldenRecordId: golden.id, version: i + 1, attributes: {}, lineage: {}, status: "ACTIVE" as const, reason: `change ${i + 1}`, actor: "test" })),
    });
    const page = async (variables: Record<string, unknown>) => {
      const { body } = await postGraphQL(HISTORY, { token, variables: { id: golden.id, ...variables } });
      expect(body.errors).toBeUndefined();
      return body.data.goldenRecord.history;
    };

    const first = await page({ first: 2 });
    expect(first.edges.map((e: { node: { version: number } }) => e.node.version)).toEqual([105, 104]);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await page({ first: 2, after: first.pageInfo.endCursor });
    expect(second.edges.map((e: { node: { version: number } }) => e.node.version)).toEqual([103, 102]);

    const capped = await page({ first: 500 });
    expect(capped.edges).toHaveLength(100);
    expect(capped.pageInfo.hasNextPage).toBe(true);
    const rest = await page({ first: 100, after: capped.pageInfo.endCursor });
    expect(rest.edges.map((e: { node: { version: number } }) => e.node.version)).toEqual([5, 4, 3, 2, 1]);
    expect(rest.pageInfo.hasNextPage).toBe(false);
    expect((await page({})).edges).toHaveLength(20);
  });

  it("refuses a cursor it did not give, a negative first and paging backwards, naming the argument", async () => {
    const golden = await fx.golden({ displayName: "History Input" });
    for (const [variables, argument] of [[{ after: "not-a-cursor" }, "after"], [{ first: -1 }, "first"], [{ last: 2 }, "last"]] as const) {
      const { body } = await postGraphQL(HISTORY, { token, variables: { id: golden.id, ...variables } });
      expect(body.errors?.[0]?.extensions?.code, argument).toBe("BAD_USER_INPUT");
      expect(body.errors?.[0]?.message).toContain(argument);
    }
  });
});

describe("goldenRecord.survivorshipRules", () => {
  it("spells out the rule in force for every attribute, the same as the active rule set says", async () => {
    const golden = await fx.golden({ displayName: "Ruled" });
    const { body } = await postGraphQL(`query ($id: ID!) { goldenRecord(id: $id) { survivorshipRules { attribute unit strategy label sourceOrder ruleSetVersion } } }`, {
      token,
      variables: { id: golden.id },
    });
    expect(body.errors).toBeUndefined();
    const rules: { attribute: string; unit: string; strategy: string; label: string; ruleSetVersion: number | null }[] = body.data.goldenRecord.survivorshipRules;

    // Other test files may save rules meanwhile in the shared database: compare with what is active as this test reads it.
    const active = await loadActiveRules(sql);
    expect(rules.map((r) => r.attribute)).toEqual([...attributeNames]);
    const name = rules.filter((r) => r.unit === "name");
    expect(name.map((r) => r.attribute)).toEqual(["firstName", "lastName"]);
    expect(rules.find((r) => r.attribute === "city")?.unit).toBe("address");
    expect(rules.find((r) => r.attribute === "email")?.unit).toBe("email");
    for (const rule of rules) {
      const strategy = active.rules[rule.unit]?.strategy ?? "source-priority";
      expect(rule).toMatchObject({ strategy: strategy.toUpperCase().replace("-", "_"), label: strategies[strategy], ruleSetVersion: active.version });
    }
  });
});
