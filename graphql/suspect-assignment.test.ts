import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/src/db";
import { plantSuspects } from "@/src/testing/planted-suspects";
import { postGraphQL } from "./test-client";
import { fixturesWithToken } from "./test-fixtures";

const { fx, token: stewardToken } = fixturesWithToken("STEWARD");
let viewer: string;

beforeAll(async () => {
  viewer = (await fx.token("VIEWER")).secret;
});

const ASSIGN = `mutation ($id: ID!, $to: ID) { assignSuspect(suspectId: $id, assigneeId: $to) { id assignee { id name } assignedAt } }`;
const RELEASE = `mutation ($id: ID!) { releaseSuspect(suspectId: $id) { id assignee { id } assignedAt } }`;
const DEFER = `mutation ($id: ID!, $until: DateTime, $reason: String) { deferSuspect(suspectId: $id, until: $until, reason: $reason) { id deferredUntil } }`;

async function openSuspect() {
  const [suspect] = await plantSuspects([{ left: { firstName: "Ida", lastName: `Assign${fx.tag}` }, right: { firstName: "Idah", lastName: `Assign${fx.tag}` }, score: 0.7 }]);
  return suspect.id;
}

describe("assignSuspect, releaseSuspect, deferSuspect", () => {
  it("hand a suspect to a steward, give it back and put it off, as the portal's queue does", async () => {
    const id = await openSuspect();
    const steward = await fx.user({ role: "STEWARD" });

    const assigned = await postGraphQL(ASSIGN, { token: stewardToken(), variables: { id, to: steward.id } });
    expect(assigned.body.errors).toBeUndefined();
    expect(assigned.body.data.assignSuspect).toMatchObject({ id, assignee: { id: steward.id, name: "Test User" }, assignedAt: expect.any(String) });

    const released = await postGraphQL(RELEASE, { token: stewardToken(), variables: { id } });
    expect(released.body.data.releaseSuspect).toEqual({ id, assignee: null, assignedAt: null });

    const until = new Date(Date.now() + 7 * 86_400_000).toISOString();
    const deferred = await postGraphQL(DEFER, { token: stewardToken(), variables: { id, until, reason: "waiting for the customer" } });
    expect(deferred.body.data.deferSuspect).toEqual({ id, deferredUntil: until });
    const resumed = await postGraphQL(DEFER, { token: stewardToken(), variables: { id, until: null } });
    expect(resumed.body.data.deferSuspect).toEqual({ id, deferredUntil: null });

    const audit = await prisma.auditEvent.findMany({ where: { targetId: id }, orderBy: { createdAt: "asc" }, select: { action: true } });
    expect(audit.map((a) => a.action)).toEqual(["suspect.assign", "suspect.release", "suspect.defer", "suspect.resume"]);
  });

  it("refuse a viewer, saying what it may not do, and change nothing", async () => {
    const id = await openSuspect();
    const steward = await fx.user({ role: "STEWARD" });
    for (const [query, variables] of [[ASSIGN, { id, to: steward.id }], [RELEASE, { id }], [DEFER, { id, until: null }]] as const) {
      const { body } = await postGraphQL(query, { token: viewer, variables });
      expect(body.errors?.[0]?.extensions?.code, query).toBe("FORBIDDEN");
      expect(body.errors?.[0]?.message).toBe("Only stewards and admins can assign or defer suspects.");
    }
    expect(await prisma.duplicateSuspect.findUniqueOrThrow({ where: { id }, select: { assigneeId: true } })).toEqual({ assigneeId: null });
  });

  it("answer bad input with BAD_USER_INPUT naming the argument", async () => {
    const id = await openSuspect();
    const viewerUser = await fx.user({ role: "VIEWER" });
    const cases = [
      [ASSIGN, { id }, "assigneeId"], // a token cannot take a suspect for itself: it names the steward
      [ASSIGN, { id, to: viewerUser.id }, "assigneeId"], // a viewer cannot decide suspects
      [DEFER, { id, until: new Date(Date.now() - 60_000).toISOString() }, "until"],
      [ASSIGN, { id: "" }, "suspectId"],
    ] as const;
    for (const [query, variables, argument] of cases) {
      const { body } = await postGraphQL(query, { token: stewardToken(), variables });
      expect(body.errors?.[0]?.extensions?.code, argument).toBe("BAD_USER_INPUT");
      expect(body.errors?.[0]?.extensions?.issues, argument).toEqual([expect.objectContaining({ path: argument })]);
    }
    const missing = await postGraphQL(RELEASE, { token: stewardToken(), variables: { id: `missing-${fx.tag}` } });
    expect(missing.body.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });
});
