import { Webhook } from "standardwebhooks";
import { afterAll, describe, expect, it } from "vitest";
import { closeDb, prisma } from "@/src/db";
import { signedHeaders } from "@/src/distribution/sign-webhook";
import type { AppError } from "@/src/errors";
import { unique } from "@/src/testing/fixtures";
import { retireSubscribers } from "@/src/testing/outbox-fixtures";
import { adminPrincipal, PUBLIC_HOOK_URL, stewardPrincipal } from "@/src/testing/subscriber-fixtures";
import { createSubscriber } from "./create-subscriber";
import { hubEventTypes } from "./event-types";
import { listSubscribers } from "./list-subscribers";
import { rotateSubscriberSecret } from "./rotate-subscriber-secret";
import { updateSubscriber } from "./update-subscriber";

const admin = adminPrincipal();
const created: string[] = [];
afterAll(async () => {
  await retireSubscribers(created);
  await closeDb();
});

const refusal = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e as AppError);
const paths = (e: AppError | null) => e?.issues.map((i) => i.path).sort();

async function create(input: Record<string, unknown> = {}) {
  const made = await createSubscriber({ principal: admin, input: { name: `CRM ${unique()}`, url: PUBLIC_HOOK_URL, ...input } });
  created.push(made.subscriber.id);
  return made;
}

describe("createSubscriber", () => {
  it("stores the settings and a Standard Webhooks secret shown once: not in the returned subscriber, the list or the audit entry", async () => {
    const source = await prisma.source.create({ data: { key: `sub-src-${unique()}`, name: "CRM", kind: "CRM" } });
    const { subscriber, secret } = await create({
      name: "  Billing CRM  ",
      eventTypes: ["golden.merged", "golden.updated", "golden.merged"],
      sourceKeys: [source.key],
      entityTypes: ["organization"],
      attributes: ["email", "taxId"],
      payloadStyle: "THIN",
    });
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{32}$/);
    expect(Buffer.from(secret.slice("whsec_".length), "base64")).toHaveLength(24);
    expect(subscriber).toMatchObject({ name: "Billing CRM", url: PUBLIC_HOOK_URL, eventTypes: ["golden.merged", "golden.updated"], sourceKeys: [source.key], entityTypes: ["organization"], attributes: ["email", "taxId"], payloadStyle: "THIN", active: true, createdBy: admin.label, previousSecretExpiresAt: null });
    expect(JSON.stringify(subscriber)).not.toContain(secret);
    // The hub signs with it, so it is kept as given.
    expect((await prisma.subscriber.findUniqueOrThrow({ where: { id: subscriber.id } })).secret).toBe(secret);
    // A receiver verifies the hub's signature with the secret it was shown.
    const stored = await prisma.subscriber.findUniqueOrThrow({ where: { id: subscriber.id } });
    const headers = signedHeaders(stored, "msg_1", "{}", new Date());
    expect(new Webhook(secret).verify("{}", headers)).toEqual({});

    const listed = (await listSubscribers({ principal: admin })).find((s) => s.id === subscriber.id);
    expect(listed).toMatchObject({ name: "Billing CRM", pendingDeliveries: 0, failedDeliveries: 0, lastSuccessAt: null, lastFailure: null });
    expect(JSON.stringify(listed)).not.toContain(secret.slice(6));
    expect(Object.keys(listed ?? {})).not.toContain("secret");

    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { targetId: subscriber.id, action: "subscriber.create" } });
    expect(audit).toMatchObject({ actor: admin.label, data: { after: { name: "Billing CRM", payloadStyle: "THIN", sourceKeys: [source.key] } } });
    expect(JSON.stringify(audit.data)).not.toContain(secret.slice(6));
  });

  it("takes every event type the hub emits and empty filters meaning everything", async () => {
    expect(hubEventTypes).toEqual(["golden.created", "golden.updated", "golden.merged", "golden.unmerged"]);
    const { subscriber } = await create({ eventTypes: hubEventTypes });
    expect(subscriber.eventTypes).toEqual(hubEventTypes);
    const { subscriber: all } = await create();
    expect(all).toMatchObject({ eventTypes: [], sourceKeys: [], entityTypes: [], attributes: [], payloadStyle: "FULL" });
  });

  it("names every wrong field at once, in one refusal", async () => {
    const bad = await refusal(
      createSubscriber({
        principal: admin,
        input: { name: "", url: "ftp://93.184.215.14/x", eventTypes: ["golden.deleted"], entityTypes: ["company"], attributes: ["emial"], sourceKeys: ["no-such-source"], payloadStyle: "XML" },
      }),
    );
    expect(bad?.code).toBe("VALIDATION_FAILED");
    expect(paths(bad)).toEqual(["attributes", "entityTypes", "eventTypes", "name", "payloadStyle", "sourceKeys", "url"]);
    const message = (path: string) => bad?.issues.find((i) => i.path === path)?.message;
    expect(message("eventTypes")).toMatch(/'golden\.deleted'.*golden\.created/);
    expect(message("attributes")).toContain("'emial'");
    expect(message("sourceKeys")).toContain("'no-such-source'");
    expect(message("url")).toMatch(/https:\/\/ or http:\/\//);
  });

  it("refuses URLs with credentials, private or loopback hosts, and over 2,000 characters, naming the url", async () => {
    const url = async (u: string) => {
      const e = await refusal(createSubscriber({ principal: admin, input: { name: "x", url: u } }));
      expect(e?.issues.map((i) => i.path)).toEqual(["url"]);
      return e!.issues[0].message;
    };
    expect(await url("https://user:pw@93.184.215.14/hooks")).toMatch(/user name or password/);
    expect(await url("http://127.0.0.1:9/hooks")).toMatch(/loopback/);
    expect(await url("http://169.254.169.254/latest/meta-data")).toMatch(/link-local/);
    expect(await url(`https://93.184.215.14/${"a".repeat(2_000)}`)).toMatch(/2,000/);
    expect(await url("not a url")).toMatch(/not a URL/);
  });

  it("is refused to a steward", async () => {
    await expect(createSubscriber({ principal: stewardPrincipal(), input: { name: "x", url: PUBLIC_HOOK_URL } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(listSubscribers({ principal: stewardPrincipal() })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("updateSubscriber", () => {
  it("changes only the fields given, re-checks a new URL, and audits what changed from what", async () => {
    const { subscriber } = await create({ eventTypes: ["golden.created"] });
    const { subscriber: updated, changed } = await updateSubscriber({
      principal: admin,
      subscriberId: subscriber.id,
      input: { url: "https://93.184.215.15/v2/hooks", entityTypes: ["person"], payloadStyle: "THIN", name: null },
    });
    expect(changed).toBe(true);
    expect(updated).toMatchObject({ name: subscriber.name, url: "https://93.184.215.15/v2/hooks", eventTypes: ["golden.created"], entityTypes: ["person"], payloadStyle: "THIN" });
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { targetId: subscriber.id, action: "subscriber.update" } });
    expect(audit.data).toEqual({
      before: { url: PUBLIC_HOOK_URL, entityTypes: [], payloadStyle: "FULL" },
      after: { url: "https://93.184.215.15/v2/hooks", entityTypes: ["person"], payloadStyle: "THIN" },
    });

    expect(await updateSubscriber({ principal: admin, subscriberId: subscriber.id, input: { payloadStyle: "THIN" } })).toMatchObject({ changed: false });
    const loopback = await refusal(updateSubscriber({ principal: admin, subscriberId: subscriber.id, input: { url: "http://127.0.0.1:3000/x", attributes: ["nope"] } }));
    expect(paths(loopback)).toEqual(["attributes", "url"]);
    expect((await prisma.subscriber.findUniqueOrThrow({ where: { id: subscriber.id } })).url).toBe("https://93.184.215.15/v2/hooks");
  });

  it("answers NOT_FOUND for an unknown subscriber and FORBIDDEN to a steward", async () => {
    await expect(updateSubscriber({ principal: admin, subscriberId: "no-such-subscriber", input: { name: "x" } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(updateSubscriber({ principal: admin, subscriberId: "bad id!", input: { name: "x" } })).rejects.toMatchObject({ issues: [{ path: "subscriberId" }] });
    const { subscriber } = await create();
    await expect(updateSubscriber({ principal: stewardPrincipal(), subscriberId: subscriber.id, input: { name: "x" } })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("rotateSubscriberSecret", () => {
  it("returns a new secret once; the old one signs beside it for the overlap, shown in the list without either secret", async () => {
    const { subscriber, secret: old } = await create();
    const before = Date.now();
    const { secret, previousSecretExpiresAt } = await rotateSubscriberSecret({ principal: admin, subscriberId: subscriber.id });
    expect(secret).toMatch(/^whsec_/);
    expect(secret).not.toBe(old);
    expect(previousSecretExpiresAt!.getTime()).toBeGreaterThanOrEqual(before + 24 * 3_600_000);
    expect(previousSecretExpiresAt!.getTime()).toBeLessThan(Date.now() + 24 * 3_600_000 + 1_000);

    const stored = await prisma.subscriber.findUniqueOrThrow({ where: { id: subscriber.id } });
    expect(stored).toMatchObject({ secret, previousSecret: old, previousSecretExpiresAt });
    // During the overlap a receiver holding either secret verifies the message; after it, only the new one signs.
    const now = new Date();
    const headers = signedHeaders(stored, "msg_rot", "{}", now);
    expect(new Webhook(old).verify("{}", headers)).toEqual({});
    expect(new Webhook(secret).verify("{}", headers)).toEqual({});
    expect(signedHeaders(stored, "msg_rot", "{}", new Date(previousSecretExpiresAt!.getTime() + 1))["webhook-signature"].split(" ")).toHaveLength(1);

    const listed = (await listSubscribers({ principal: admin })).find((s) => s.id === subscriber.id);
    expect(listed?.previousSecretExpiresAt).toEqual(previousSecretExpiresAt);
    expect(JSON.stringify(listed)).not.toContain(old.slice(6));
    expect(JSON.stringify(listed)).not.toContain(secret.slice(6));
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { targetId: subscriber.id, action: "subscriber.rotate-secret" } });
    expect(audit.data).toMatchObject({ overlapHours: 24 });
    expect(JSON.stringify(audit.data)).not.toContain(old.slice(6));
    expect(JSON.stringify(audit.data)).not.toContain(secret.slice(6));
  });

  it("takes an overlap of 0 to 168 hours: 0 stops the old secret at once, outside the bounds is refused naming the overlap", async () => {
    const { subscriber } = await create();
    expect(await rotateSubscriberSecret({ principal: admin, subscriberId: subscriber.id, overlapHours: 0 })).toMatchObject({ previousSecretExpiresAt: null });
    expect(await prisma.subscriber.findUniqueOrThrow({ where: { id: subscriber.id } })).toMatchObject({ previousSecret: null, previousSecretExpiresAt: null });
    const week = await rotateSubscriberSecret({ principal: admin, subscriberId: subscriber.id, overlapHours: 168 });
    expect(week.previousSecretExpiresAt!.getTime() - Date.now()).toBeGreaterThan(167 * 3_600_000);
    for (const overlapHours of [169, -1, 1.5, "24"]) {
      await expect(rotateSubscriberSecret({ principal: admin, subscriberId: subscriber.id, overlapHours })).rejects.toMatchObject({ code: "VALIDATION_FAILED", issues: [{ path: "overlapHours" }] });
    }
    await expect(rotateSubscriberSecret({ principal: stewardPrincipal(), subscriberId: subscriber.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(rotateSubscriberSecret({ principal: admin, subscriberId: "no-such-subscriber" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("rotating again within an overlap leaves only the secret just replaced signing beside the new one", async () => {
    const { subscriber, secret: first } = await create();
    const { secret: second } = await rotateSubscriberSecret({ principal: admin, subscriberId: subscriber.id });
    const { secret: third } = await rotateSubscriberSecret({ principal: admin, subscriberId: subscriber.id, overlapHours: 2 });
    const stored = await prisma.subscriber.findUniqueOrThrow({ where: { id: subscriber.id } });
    expect(stored).toMatchObject({ secret: third, previousSecret: second });
    expect(JSON.stringify(stored)).not.toContain(first.slice(6));
  });
});
