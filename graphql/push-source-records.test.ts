import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/src/db";
import { env } from "@/src/env";
import { processBatch } from "@/src/ingest/process-batch";
import { sourceWithToken } from "@/src/testing/fixtures";
import { closeQueues } from "@/workers/contracts";
import { postGraphQL } from "./test-client";
import { fixturesWithToken } from "./test-fixtures";

const { fx, token: stewardToken } = fixturesWithToken("STEWARD");
let source: { id: string; key: string };
let other: { id: string; key: string };
let bound: string;
let viewer: string;

afterAll(closeQueues);

// Pushed records go through real matching, which leaves events and versions behind: like the ingest tests, these
// sources and what they create stay in the test database, each under its own random key.
beforeAll(async () => {
  const pushing = await sourceWithToken({ kind: "API" });
  source = pushing.source;
  bound = pushing.token.secret;
  other = (await sourceWithToken({ kind: "CRM" })).source;
  viewer = (await fx.token("VIEWER")).secret;
});

const PUSH = `mutation ($source: String!, $records: [PushedRecordInput!]!) {
  pushSourceRecords(source: $source, records: $records) {
    batchId status accepted
    rejected { index externalId issues { path message } }
    batch { id source status total rejected }
  }
}`;
const BATCH = `query ($id: ID!) { ingestBatch(id: $id) { id source status total processed created rejected finishedAt } }`;

const names = { "P-1": ["Greta", "Garbo"], "P-2": ["Ingmar", "Bergman"] } as Record<string, [string, string]>;
const person = (externalId: string, email: string) => {
  const [firstName, lastName] = names[externalId] ?? ["Zarah", "Leander"];
  return { externalId, updatedAt: "2026-01-15T10:00:00Z", attributes: { firstName, lastName: `${lastName}${fx.tag}`, email, phone: null } };
};

describe("pushSourceRecords", () => {
  it("stores a batch as REST does: valid records for matching, invalid ones quarantined with their reasons", async () => {
    const records = [person("P-1", `p1.${fx.tag}@example.com`), person("P-2", `p2.${fx.tag}@example.com`), { ...person("P-3", "p3@example.com"), updatedAt: "last Tuesday" }];
    const { body } = await postGraphQL(PUSH, { token: bound, variables: { source: source.key, records } });

    expect(body.errors).toBeUndefined();
    const pushed = body.data.pushSourceRecords;
    expect(pushed).toMatchObject({ status: "PENDING", accepted: 2, batch: { id: pushed.batchId, source: source.key, status: "PENDING", total: 2, rejected: 1 } });
    expect(pushed.rejected).toEqual([{ index: 2, externalId: "P-3", issues: [{ path: "updatedAt", message: "updatedAt must be an ISO 8601 date-time" }] }]);
    expect(await prisma.rejectedRecord.count({ where: { batchId: pushed.batchId } })).toBe(1);

    await processBatch({ batchId: pushed.batchId, wait: true });
    const followed = await postGraphQL(BATCH, { token: bound, variables: { id: pushed.batchId } });
    expect(followed.body.data.ingestBatch).toMatchObject({ id: pushed.batchId, status: "DONE", total: 2, processed: 2, created: 2, finishedAt: expect.any(String) });
  });

  it("holds a token bound to a source to that source, refuses a viewer, and hides other sources' batches", async () => {
    const records = [person("B-1", `b1.${fx.tag}@example.com`)];
    const elsewhere = await postGraphQL(PUSH, { token: bound, variables: { source: other.key, records } });
    expect(elsewhere.body.errors?.[0]).toMatchObject({ message: `This token may not push records to source '${other.key}'.`, extensions: { code: "FORBIDDEN" } });
    const reader = await postGraphQL(PUSH, { token: viewer, variables: { source: source.key, records } });
    expect(reader.body.errors?.[0]).toMatchObject({ message: "This token may only read.", extensions: { code: "FORBIDDEN" } });
    expect(await prisma.ingestBatch.count({ where: { sourceId: other.id } })).toBe(0);

    // An unbound steward token may push anywhere; the bound token may not follow that batch.
    const { body } = await postGraphQL(PUSH, { token: stewardToken(), variables: { source: other.key, records } });
    expect(body.errors).toBeUndefined();
    const hidden = await postGraphQL(BATCH, { token: bound, variables: { id: body.data.pushSourceRecords.batchId } });
    expect(hidden.body).toEqual({ data: { ingestBatch: null } });
  });

  it("answers an unknown source NOT_FOUND, and an empty or oversized batch BAD_USER_INPUT naming records", async () => {
    const unknown = await postGraphQL(PUSH, { token: stewardToken(), variables: { source: `nope-${fx.tag}`, records: [person("U-1", "u@example.com")] } });
    expect(unknown.body.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");

    const tooMany = Array.from({ length: env.INGEST_MAX_BATCH + 1 }, (_, i) => ({ externalId: `M-${i}`, attributes: { lastName: "Many" } }));
    for (const records of [[], tooMany]) {
      const { body } = await postGraphQL(PUSH, { token: stewardToken(), variables: { source: source.key, records } });
      expect(body.errors?.[0]?.extensions?.code, `${records.length} records`).toBe("BAD_USER_INPUT");
      expect(body.errors?.[0]?.extensions?.issues).toEqual([expect.objectContaining({ path: "records" })]);
    }
    const blank = await postGraphQL(PUSH, { token: stewardToken(), variables: { source: " ", records: [person("U-2", "u@example.com")] } });
    expect(blank.body.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT", issues: [{ path: "source" }] } });
  });
});
