import { afterAll, describe, expect, it } from "vitest";
import { createApiToken } from "@/src/auth/api-tokens";
import { systemPrincipal } from "@/src/auth/principal";
import { prisma } from "@/src/db";
import { writeGoldenRecords } from "@/src/golden/golden-writer";
import { orderedPair } from "@/src/golden/repoint-suspects";
import { setApprovalRule } from "@/src/stewardship/change-requests/approval-rules";
import { sourceWithToken, unique } from "@/src/testing/fixtures";
import { ingested } from "@/src/testing/ingested";
import { postGraphQL } from "./test-client";

const tokens = { viewer: "", steward: "" };
const token = async (role: "VIEWER" | "STEWARD") => (tokens[role === "VIEWER" ? "viewer" : "steward"] ||= (await createApiToken({ name: `gql-${role}-${unique()}`, role })).secret);

/** A customer in a CRM and another record of the same person in an ERP, kept apart as an open suspect. */
async function suspectPair() {
  const tag = unique();
  const crm = await sourceWithToken({ kind: "CRM", priority: 80 });
  const erp = await sourceWithToken({ kind: "ERP", priority: 20 });
  const person = { firstName: "Malin", lastName: `Strand${tag}`, city: "Umeå" };
  const a = (await ingested(crm.source.key, [{ externalId: "1", attributes: { ...person, email: `malin.${tag}@crm.example` } }])).get("1")!;
  const b = (await ingested(erp.source.key, [{ externalId: "2", attributes: { ...person, email: `malin.${tag}@erp.example` } }])).get("2")!;
  const pair = orderedPair(a, b);
  await writeGoldenRecords(systemPrincipal("test"), (w) => w.addSuspects([{ ...pair, score: 0.8, explanation: { fields: [] } }]));
  const suspect = await prisma.duplicateSuspect.findUniqueOrThrow({ where: { leftId_rightId: pair } });
  return { tag, pair, suspectId: suspect.id };
}

const MERGE = `mutation ($id: ID!, $picks: [AttributeValueInput!], $versions: SuspectVersionsInput) {
  mergeSuspect(suspectId: $id, picks: $picks, expectedVersions: $versions) { outcome changeRequestId goldenRecord { id version attributes { email } lineage { attribute override { author } } } }
}`;
const EDIT = `mutation ($id: ID!, $set: [AttributeValueInput!], $version: Int) {
  editGoldenRecord(id: $id, set: $set, expectedVersion: $version, reason: "checked by phone") { outcome goldenRecord { version attributes { city } } }
}`;
const NOT_DUPLICATE = `mutation ($id: ID!) { markNotDuplicate(suspectId: $id) }`;
const SPLIT = `mutation ($id: ID!, $records: [ID!]!) { splitSourceRecords(goldenRecordId: $id, sourceRecordIds: $records, reason: "two people") { outcome goldenRecord { id } } }`;
const COMMENT = `mutation ($id: ID!) { addComment(targetType: GoldenRecord, targetId: $id, body: "looked at it") }`;

afterAll(async () => {
  await setApprovalRule({ action: "merge", required: false, principal: systemPrincipal("test") });
});

describe("steward mutations", () => {
  it("refuse a viewer token every change, saying what it may not do, and change nothing", async () => {
    const { pair, suspectId } = await suspectPair();
    const viewer = await token("VIEWER");
    const attempts = [
      [MERGE, { id: suspectId }],
      [NOT_DUPLICATE, { id: suspectId }],
      [EDIT, { id: pair.leftId, set: [{ attribute: "city", value: "Luleå" }] }],
      [SPLIT, { id: pair.leftId, records: ["x"] }],
      [COMMENT, { id: pair.leftId }],
    ] as const;
    for (const [query, variables] of attempts) {
      const { body } = await postGraphQL(query, { token: viewer, variables });
      expect(body.errors?.[0]?.extensions?.code, query).toBe("FORBIDDEN");
    }
    expect((await prisma.duplicateSuspect.findUniqueOrThrow({ where: { id: suspectId } })).status).toBe("OPEN");
    expect(await prisma.goldenRecord.findMany({ where: { id: { in: [pair.leftId, pair.rightId] } }, select: { version: true } })).toEqual([{ version: 1 }, { version: 1 }]);
  });

  it("merge with a pick returns the survivor with the steward override; a stale version is a CONFLICT", async () => {
    const steward = await token("STEWARD");
    const { tag, suspectId } = await suspectPair();
    const stale = await postGraphQL(MERGE, { token: steward, variables: { id: suspectId, versions: { left: 1, right: 7 } } });
    expect(stale.body.errors?.[0]).toMatchObject({ extensions: { code: "CONFLICT" }, message: expect.stringMatching(/you saw 7/) });

    const { body } = await postGraphQL(MERGE, { token: steward, variables: { id: suspectId, picks: [{ attribute: "email", value: `malin.${tag}@erp.example` }], versions: { left: 1, right: 1 } } });
    expect(body.errors).toBeUndefined();
    const result = body.data.mergeSuspect;
    expect(result).toMatchObject({ outcome: "DONE", changeRequestId: null, goldenRecord: { attributes: { email: `malin.${tag}@erp.example` } } });
    expect(result.goldenRecord.lineage.find((l: { attribute: string }) => l.attribute === "email").override.author).toMatch(/^token:|gql-STEWARD/);
  });

  it("edit returns the new version; bad input is BAD_USER_INPUT naming the field", async () => {
    const steward = await token("STEWARD");
    const { pair } = await suspectPair();
    const { body } = await postGraphQL(EDIT, { token: steward, variables: { id: pair.leftId, set: [{ attribute: "city", value: "Luleå" }], version: 1 } });
    expect(body.errors).toBeUndefined();
    expect(body.data.editGoldenRecord).toEqual({ outcome: "DONE", goldenRecord: { version: 2, attributes: { city: "Luleå" } } });
    const bad = await postGraphQL(EDIT, { token: steward, variables: { id: pair.leftId, set: [{ attribute: "email", value: "not an email" }] } });
    expect(bad.body.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", issues: [{ path: "set.email" }] });
  });

  it("an action under four-eyes approval cannot be asked for with an API token: a person asks in the portal", async () => {
    await setApprovalRule({ action: "merge", required: true, principal: systemPrincipal("test") });
    const { suspectId } = await suspectPair();
    const { body } = await postGraphQL(MERGE, { token: await token("STEWARD"), variables: { id: suspectId } });
    expect(body.errors?.[0]).toMatchObject({ extensions: { code: "FORBIDDEN" }, message: expect.stringMatching(/second person's approval/) });
    await setApprovalRule({ action: "merge", required: false, principal: systemPrincipal("test") });
  });
});
