import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/src/db";
import { retireSubscribers } from "@/src/testing/outbox-fixtures";
import { changeEvents, delivery, dropDrains, PUBLIC_HOOK_URL } from "@/src/testing/subscriber-fixtures";
import { closeQueues } from "@/workers/contracts";
import { statementsDuring } from "./sql-statements";
import { postGraphQL } from "./test-client";
import { fixturesWithToken } from "./test-fixtures";

const { fx, token: adminToken } = fixturesWithToken("ADMIN");
let stewardToken = "";
const created: string[] = [];

beforeAll(async () => {
  stewardToken = (await fx.token("STEWARD")).secret;
});
// Registered after the fixtures' own, so it runs before they close the database.
afterAll(async () => {
  await retireSubscribers(created);
  await dropDrains(created);
  await closeQueues();
});

const STANDING = "id name url eventTypes payloadStyle active disabledReason failingSince previousSecretExpiresAt pendingDeliveries failedDeliveries lastFailure { statusCode }";
const CREATE = `mutation ($name: String!, $url: String!, $eventTypes: [String!], $payloadStyle: WebhookPayloadStyle) {
  createSubscriber(name: $name, url: $url, eventTypes: $eventTypes, payloadStyle: $payloadStyle) { secret subscriber { ${STANDING} } }
}`;
const UPDATE = `mutation ($id: ID!, $name: String, $eventTypes: [String!]) {
  updateSubscriber(subscriberId: $id, name: $name, eventTypes: $eventTypes) { changed subscriber { name eventTypes } }
}`;
const ROTATE = `mutation ($id: ID!, $hours: Int) { rotateSubscriberSecret(subscriberId: $id, overlapHours: $hours) { secret previousSecretExpiresAt subscriber { previousSecretExpiresAt } } }`;
const ENABLE = `mutation ($id: ID!, $enabled: Boolean!) { setSubscriberEnabled(subscriberId: $id, enabled: $enabled) { changed requeued subscriber { active disabledReason } } }`;
const RESEND = `mutation ($id: ID!) { resendDelivery(deliveryId: $id) { subscriberEnabled subscriber { pendingDeliveries failedDeliveries } } }`;
const REPLAY = `mutation ($id: ID!, $since: DateTime, $sinceSequence: Float) { replayDeliveries(subscriberId: $id, since: $since, sinceSequence: $sinceSequence) { replayed created subscriberEnabled } }`;
const LIST = `{ subscribers { ${STANDING} } }`;
const LOG = `query ($id: ID!, $first: Int, $after: String, $status: DeliveryStatus) {
  subscriber(id: $id) { id deliveries(first: $first, after: $after, status: $status) {
    nodes { id status eventId sequence version attemptCount attempts { number statusCode error } } endCursor hasNextPage
  } }
}`;
const ALLOW = `mutation ($pattern: String!, $note: String) { allowWebhookHost(pattern: $pattern, note: $note) { id pattern note createdBy } }`;
const REMOVE = `mutation ($id: ID!) { removeWebhookAllowlistEntry(entryId: $id) }`;

async function admin(query: string, variables: Record<string, unknown> = {}) {
  const { body } = await postGraphQL(query, { token: adminToken(), variables });
  expect(body.errors, query).toBeUndefined();
  return body.data;
}

async function createSubscriber(variables: Record<string, unknown> = {}) {
  const { createSubscriber: made } = await admin(CREATE, { name: `GraphQL ${fx.tag}`, url: PUBLIC_HOOK_URL, ...variables });
  created.push(made.subscriber.id);
  return made as { secret: string; subscriber: { id: string } & Record<string, unknown> };
}

describe("subscribers through GraphQL", () => {
  it("an admin creates a subscriber and sees its secret once: the list and the subscriber show its standing, never the secret", async () => {
    const made = await createSubscriber({ eventTypes: ["golden.merged"], payloadStyle: "THIN" });
    expect(made.secret).toMatch(/^whsec_/);
    expect(made.subscriber).toMatchObject({ url: PUBLIC_HOOK_URL, eventTypes: ["golden.merged"], payloadStyle: "THIN", active: true, pendingDeliveries: 0, failedDeliveries: 0, lastFailure: null });

    const listed = await admin(LIST);
    expect(listed.subscribers.find((s: { id: string }) => s.id === made.subscriber.id)).toEqual(made.subscriber);
    const one = await admin(LOG, { id: made.subscriber.id });
    expect(one.subscriber.deliveries).toEqual({ nodes: [], endCursor: null, hasNextPage: false });
    for (const read of [listed, one]) expect(JSON.stringify(read)).not.toContain(made.secret.slice("whsec_".length));
    expect(await admin(LOG, { id: randomUUID() })).toEqual({ subscriber: null });
  });

  it("updates its settings, rotates its secret with an overlap, and disables and enables it", async () => {
    const { subscriber, secret } = await createSubscriber({ eventTypes: ["golden.created"] });
    const id = subscriber.id;
    expect((await admin(UPDATE, { id, name: `Renamed ${fx.tag}`, eventTypes: [] })).updateSubscriber).toEqual({ changed: true, subscriber: { name: `Renamed ${fx.tag}`, eventTypes: [] } });
    expect((await admin(UPDATE, { id, name: `Renamed ${fx.tag}` })).updateSubscriber.changed).toBe(false);

    const { rotateSubscriberSecret: rotated } = await admin(ROTATE, { id, hours: 2 });
    expect(rotated.secret).toMatch(/^whsec_/);
    expect(rotated.secret).not.toBe(secret);
    expect(Date.parse(rotated.previousSecretExpiresAt) - Date.now()).toBeGreaterThan(7_000_000);
    expect(rotated.subscriber.previousSecretExpiresAt).toBe(rotated.previousSecretExpiresAt);
    expect((await prisma.subscriber.findUniqueOrThrow({ where: { id } })).secret).toBe(rotated.secret);

    const off = (await admin(ENABLE, { id, enabled: false })).setSubscriberEnabled;
    expect(off).toMatchObject({ changed: true, requeued: 0, subscriber: { active: false, disabledReason: expect.stringMatching(/^disabled by /) } });
    const [event] = await changeEvents([{}]);
    await delivery(id, event.id, { nextAttemptAt: new Date(Date.now() + 3_600_000) });
    expect((await admin(ENABLE, { id, enabled: true })).setSubscriberEnabled).toEqual({ changed: true, requeued: 1, subscriber: { active: true, disabledReason: null } });
    expect((await admin(ENABLE, { id, enabled: true })).setSubscriberEnabled.changed).toBe(false);
  });

  it("pages the delivery log with each delivery's attempts in one read; resend makes a failed delivery due again and replay counts what it queued", async () => {
    const { subscriber } = await createSubscriber();
    const events = await changeEvents([{}, {}, {}]);
    const failed = await delivery(subscriber.id, events[0].id, { status: "FAILED", attempts: 8, createdAt: new Date(Date.now() - 60_000), lastError: "HTTP 500" });
    await delivery(subscriber.id, events[1].id, { status: "SUCCEEDED", attempts: 1 });
    const startedAt = new Date(Date.now() - 30_000);
    await prisma.deliveryAttempt.createMany({
      data: [1, 2].map((number) => ({ deliveryId: failed.id, subscriberId: subscriber.id, number, startedAt, statusCode: 500, latencyMs: 12, error: "HTTP 500" })),
    });

    let page: any;
    const statements = await statementsDuring(async () => {
      page = (await admin(LOG, { id: subscriber.id })).subscriber.deliveries;
    });
    expect(page.nodes.map((d: { eventId: string }) => d.eventId)).toEqual([events[1].id, events[0].id]);
    expect(page.nodes[1]).toMatchObject({ status: "FAILED", attemptCount: 8, sequence: Number(events[0].sequence), version: 1, attempts: [{ number: 1, statusCode: 500 }, { number: 2, statusCode: 500 }] });
    expect(page.nodes[0].attempts).toEqual([]);
    expect(statements.filter((s) => /FROM "public"\."DeliveryAttempt"/.test(s))).toHaveLength(1);

    const first = (await admin(LOG, { id: subscriber.id, first: 1 })).subscriber.deliveries;
    expect(first).toMatchObject({ nodes: [{ eventId: events[1].id }], hasNextPage: true });
    const next = (await admin(LOG, { id: subscriber.id, first: 1, after: first.endCursor })).subscriber.deliveries;
    expect(next).toMatchObject({ nodes: [{ eventId: events[0].id }], hasNextPage: false });
    expect((await admin(LOG, { id: subscriber.id, status: "FAILED" })).subscriber.deliveries.nodes.map((d: { id: string }) => d.id)).toEqual([failed.id]);

    expect((await admin(RESEND, { id: failed.id })).resendDelivery).toEqual({ subscriberEnabled: true, subscriber: { pendingDeliveries: 1, failedDeliveries: 0 } });
    const resent = await prisma.delivery.findUniqueOrThrow({ where: { id: failed.id } });
    expect(resent).toMatchObject({ status: "PENDING", attempts: 0 });
    expect(resent.nextAttemptAt.getTime()).toBeLessThanOrEqual(Date.now());

    const replayed = await admin(REPLAY, { id: subscriber.id, sinceSequence: Number(events[0].sequence) });
    expect(replayed.replayDeliveries).toEqual({ replayed: 3, created: 1, subscriberEnabled: true });
    expect(await prisma.delivery.count({ where: { subscriberId: subscriber.id, status: "PENDING", attempts: 0 } })).toBe(3);
  });

  it("an admin allows a private host, lists it and removes it", async () => {
    const pattern = `hooks-${fx.tag}.internal`;
    const { allowWebhookHost: entry } = await admin(ALLOW, { pattern, note: "receiver on the office network" });
    expect(entry).toMatchObject({ pattern, note: "receiver on the office network", createdBy: expect.any(String) });
    expect((await admin(`{ webhookAllowlist { id pattern } }`)).webhookAllowlist).toContainEqual({ id: entry.id, pattern });
    expect(await admin(REMOVE, { id: entry.id })).toEqual({ removeWebhookAllowlistEntry: pattern });
    const again = await postGraphQL(REMOVE, { token: adminToken(), variables: { id: entry.id } });
    expect(again.body.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });

  it("refuses a steward token every subscriber query and mutation, saying only administrators may, and changes nothing", async () => {
    const { subscriber } = await createSubscriber();
    const [event] = await changeEvents([{}]);
    const d = await delivery(subscriber.id, event.id, { status: "FAILED", attempts: 8 });
    const attempts = [
      [LIST, {}],
      [LOG, { id: subscriber.id }],
      [`{ webhookAllowlist { id } }`, {}],
      [CREATE, { name: "sneaky", url: PUBLIC_HOOK_URL }],
      [UPDATE, { id: subscriber.id, name: "sneaky" }],
      [ROTATE, { id: subscriber.id }],
      [ENABLE, { id: subscriber.id, enabled: false }],
      [RESEND, { id: d.id }],
      [REPLAY, { id: subscriber.id, sinceSequence: 1 }],
      [ALLOW, { pattern: `sneaky-${fx.tag}.internal` }],
      [REMOVE, { id: randomUUID() }],
    ] as const;
    for (const [query, variables] of attempts) {
      const { body } = await postGraphQL(query, { token: stewardToken, variables });
      expect(body.errors?.[0], query).toMatchObject({ message: "Only administrators can manage subscribers and their deliveries.", extensions: { code: "FORBIDDEN" } });
    }
    expect(await prisma.subscriber.findUniqueOrThrow({ where: { id: subscriber.id } })).toMatchObject({ name: subscriber.name, active: true, previousSecret: null });
    expect(await prisma.delivery.findUniqueOrThrow({ where: { id: d.id } })).toMatchObject({ status: "FAILED", attempts: 8 });
    expect(await prisma.subscriber.count({ where: { name: "sneaky" } })).toBe(0);
  });

  it("answers bad input with BAD_USER_INPUT naming the field, and an unknown id with NOT_FOUND", async () => {
    const { subscriber } = await createSubscriber();
    const id = subscriber.id;
    const cases = [
      [CREATE, { name: "loop", url: "http://127.0.0.1:8080/hooks" }, "url", /URL/],
      [CREATE, { name: "typo", url: PUBLIC_HOOK_URL, eventTypes: ["golden.deleted"] }, "eventTypes", /golden\.deleted/],
      [CREATE, { name: " ", url: PUBLIC_HOOK_URL }, "name", /Name/],
      [UPDATE, { id: "not a subscriber!" }, "subscriberId", /subscriber/],
      [UPDATE, { id, eventTypes: ["golden.deleted"] }, "eventTypes", /golden\.deleted/],
      [ROTATE, { id, hours: 169 }, "overlapHours", /Overlap/],
      [ROTATE, { id, hours: -1 }, "overlapHours", /Overlap/],
      [REPLAY, { id }, "since", /Replay/],
      [REPLAY, { id, sinceSequence: 0.5 }, "sinceSequence", /sequence/],
      [LOG, { id, first: 201 }, "first", /First/],
      [LOG, { id, after: "not a cursor" }, "after", /After/],
      [LOG, { id: "not a subscriber!" }, "id", /subscriber/],
      [RESEND, { id: "not a delivery!" }, "deliveryId", /delivery/],
      [ALLOW, { pattern: "not a pattern!" }, "pattern", /Pattern/],
      [ALLOW, { pattern: "10.0.0.0/0" }, "pattern", /\/0/],
    ] as const;
    for (const [query, variables, path, message] of cases) {
      const { body } = await postGraphQL(query, { token: adminToken(), variables });
      expect(body.errors?.[0]?.extensions?.code, `${path} ${JSON.stringify(variables)}`).toBe("BAD_USER_INPUT");
      expect((body.errors?.[0]?.extensions?.issues as { path: string }[] | undefined)?.map((i) => i.path), path).toEqual([path]);
      expect(body.errors?.[0]?.message).toMatch(message);
    }
    expect(await prisma.subscriber.count({ where: { name: { in: ["loop", "typo"] } } })).toBe(0);

    const unknown = randomUUID();
    for (const [query, variables] of [[UPDATE, { id: unknown, name: "x" }], [ROTATE, { id: unknown }], [ENABLE, { id: unknown, enabled: false }], [REPLAY, { id: unknown, sinceSequence: 1 }], [RESEND, { id: unknown }]] as const) {
      const { body } = await postGraphQL(query, { token: adminToken(), variables });
      expect(body.errors?.[0]?.extensions?.code, query).toBe("NOT_FOUND");
    }
  });
});
