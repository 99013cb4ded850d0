import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/src/db";
import { statementsDuring } from "./sql-statements";
import { postGraphQL } from "./test-client";
import { fixturesWithToken } from "./test-fixtures";

const { fx, token: issuedToken } = fixturesWithToken("VIEWER");
let token: string;
let sourceKey: string;

/**
 * A page as a downstream app reads it: each record with its xrefs (and their
 * source), lineage, survivor (a tenth of them merged away), history and the
 * rules in force.
 */
const PAGE = `query ($first: Int, $source: String) {
  goldenRecords(first: $first, filter: { source: $source, status: null }) {
    totalCount
    edges { node {
      id displayName attributes { email }
      lineage { attribute source externalId }
      sourceRecords { id source externalId status attributes { email } }
      survivor { id }
      history(first: 3) { edges { node { version reason attributes { email } } } pageInfo { hasNextPage } }
      survivorshipRules { attribute strategy }
    } }
    pageInfo { hasNextPage endCursor }
  }
}`;

beforeAll(async () => {
  token = issuedToken();
  const crm = await fx.source("crm");
  const erp = await fx.source("erp");
  sourceKey = crm.key;
  let previous = "";
  for (let i = 0; i < 100; i++) {
    // Every tenth record (5, 15, …) was merged into the one before it, so both pages hold merged records.
    const merged = i % 10 === 5 ? { status: "MERGED" as const, mergedIntoId: previous } : {};
    const golden = await fx.golden({ displayName: `${fx.tag} N1 ${String(i).padStart(3, "0")}`, attributes: { email: `n1.${i}@example.com` }, ...merged });
    previous = golden.id;
    const a = await fx.sourceRecord({ sourceId: crm.id, goldenRecordId: golden.id, externalId: `C-${i}`, standardized: { email: `n1.${i}@example.com` } });
    await fx.sourceRecord({ sourceId: erp.id, goldenRecordId: golden.id, externalId: `E-${i}` });
    const from = { sourceRecordId: a.id, source: crm.key, externalId: `C-${i}`, updatedAt: "2026-01-15T10:00:00.000Z", rule: "Source priority" };
    await prisma.goldenRecord.update({ where: { id: golden.id }, data: { lineage: { email: from } } });
    await prisma.goldenRecordVersion.create({ data: { goldenRecordId: golden.id, version: 1, attributes: {}, lineage: {}, status: "ACTIVE", reason: "test", actor: "test" } });
  }
});

async function pageOf(first: number) {
  let body: { data?: any; errors?: unknown } = {};
  const statements = await statementsDuring(async () => {
    body = (await postGraphQL(PAGE, { token, variables: { first, source: sourceKey } })).body;
  });
  expect(body.errors).toBeUndefined();
  return { connection: body.data.goldenRecords, statements };
}

describe("goldenRecords with xrefs and lineage", () => {
  it("costs the same few statements for 10 records as for 100: no statement per record", async () => {
    // Warm both pools, so opening a connection (and postgres.js reading the array types on a new one) is not counted.
    for (let i = 0; i < 3; i++) await Promise.all([pageOf(10), pageOf(100)]);

    const small = await pageOf(10);
    const large = await pageOf(100);

    expect(small.connection.edges).toHaveLength(10);
    expect(large.connection.edges).toHaveLength(100);
    expect(large.connection.totalCount).toBe(100);
    const node = large.connection.edges[99].node;
    expect(node.sourceRecords).toHaveLength(2);
    expect(node.lineage).toEqual([{ attribute: "email", source: sourceKey, externalId: "C-99" }]);
    expect(node.history).toEqual({ edges: [{ node: { version: 1, reason: "test", attributes: { email: null } } }], pageInfo: { hasNextPage: false } });
    expect(node.survivor.id).toBe(node.id);
    const merged = large.connection.edges[95].node;
    expect(merged.survivor.id).toBe(large.connection.edges[94].node.id);
    expect(small.connection.edges[5].node.survivor.id).toBe(small.connection.edges[4].node.id);

    // The token, the rules in force, the page, its count, xrefs, their sources, the survivors' chains and
    // records, the history: one statement each, however many records the page holds.
    expect(large.statements.length, `${small.statements.join("\n")}\n=====\n${large.statements.join("\n")}`).toBe(small.statements.length);
    expect(large.statements.length, large.statements.join("\n")).toBeLessThanOrEqual(10);
  });
});
