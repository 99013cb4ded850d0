import { randomInt } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { closeDb, prisma } from "@/src/db";
import { unique } from "@/src/testing/fixtures";
import { retireSubscribers } from "@/src/testing/outbox-fixtures";
import { adminPrincipal, stewardPrincipal } from "@/src/testing/subscriber-fixtures";
import { allowWebhookHost } from "./allow-webhook-host";
import { createSubscriber } from "./create-subscriber";
import { listAllowlist } from "./list-allowlist";
import { removeAllowlistEntry } from "./remove-allowlist-entry";

const admin = adminPrincipal();
const entryIds: string[] = [];
const subscriberIds: string[] = [];
afterAll(async () => {
  await prisma.webhookAllowlistEntry.deleteMany({ where: { id: { in: entryIds } } });
  await retireSubscribers(subscriberIds);
  await closeDb();
});

async function allow(pattern: string, note?: string) {
  const entry = await allowWebhookHost({ principal: admin, pattern, note });
  entryIds.push(entry.id);
  return entry;
}

const octet = () => randomInt(1, 255);
const hex = () => randomInt(1, 0xffff).toString(16);

describe("the webhook allowlist", () => {
  it("accepts host names (kept lower-case), host:port, IPv4 and IPv6 addresses with or without a port, and CIDR ranges", async () => {
    const u = unique();
    const accepted: [string, string][] = [
      [`Receiver-${u}.Internal`, `receiver-${u}.internal`],
      [` hooks-${u}.corp:8443 `, `hooks-${u}.corp:8443`],
      [`10.${octet()}.${octet()}.${octet()}`, ""],
      [`[FD00::${hex()}:${hex()}]:8080`, ""],
      [`fd00::${hex()}:${hex()}:1`, ""],
      [`10.${octet()}.0.0/16`, ""],
    ];
    for (const [pattern, stored] of accepted) {
      const entry = await allow(pattern, "CRM receiver on the office network");
      expect(entry).toMatchObject({ pattern: stored || pattern.trim().toLowerCase(), note: "CRM receiver on the office network", createdBy: admin.label });
    }
    const listed = await listAllowlist({ principal: admin });
    for (const id of entryIds) expect(listed.some((e) => e.id === id)).toBe(true);
    expect(listed.map((e) => e.pattern)).toEqual([...listed.map((e) => e.pattern)].sort());
  });

  it("refuses what is no host, address or range, a /0 range and a pattern listed already, naming the pattern", async () => {
    for (const bad of ["", "bad host", "http://hooks.internal", "10.0.0.0/99", "hooks.internal:99999", "0.0.0.0/0", "::/0", "a".repeat(400)]) {
      await expect(allowWebhookHost({ principal: admin, pattern: bad }), bad).rejects.toMatchObject({ code: "VALIDATION_FAILED", issues: [{ path: "pattern" }] });
    }
    const host = `dup-${unique()}.internal`;
    await allow(host);
    await expect(allowWebhookHost({ principal: admin, pattern: host.toUpperCase() })).rejects.toMatchObject({ issues: [{ path: "pattern", message: expect.stringContaining("already") }] });
  });

  it("admits a private receiver at once, and refuses it again once removed", async () => {
    const host = `10.${octet()}.${octet()}.${octet()}`;
    const input = { name: `Office CRM ${unique()}`, url: `http://${host}:8080/hooks` };
    await expect(createSubscriber({ principal: admin, input })).rejects.toMatchObject({ issues: [{ path: "url", message: expect.stringMatching(/private-network/) }] });
    const entry = await allow(`${host}:8080`, "office CRM");
    const { subscriber } = await createSubscriber({ principal: admin, input });
    subscriberIds.push(subscriber.id);
    expect(await removeAllowlistEntry({ principal: admin, entryId: entry.id })).toEqual({ pattern: `${host}:8080` });
    await expect(createSubscriber({ principal: admin, input })).rejects.toMatchObject({ issues: [{ path: "url" }] });
    await expect(removeAllowlistEntry({ principal: admin, entryId: entry.id })).rejects.toMatchObject({ code: "NOT_FOUND" });

    const audit = await prisma.auditEvent.findMany({ where: { targetId: entry.id }, orderBy: { createdAt: "asc" } });
    expect(audit.map((a) => [a.actor, a.action, a.data])).toEqual([
      [admin.label, "webhook-allowlist.add", { after: { pattern: `${host}:8080`, note: "office CRM" } }],
      [admin.label, "webhook-allowlist.remove", { before: { pattern: `${host}:8080`, note: "office CRM" } }],
    ]);
  });

  it("is refused to a steward", async () => {
    const steward = stewardPrincipal();
    const entry = await allow(`keep-${unique()}.internal`);
    await expect(allowWebhookHost({ principal: steward, pattern: `x-${unique()}.internal` })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(removeAllowlistEntry({ principal: steward, entryId: entry.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(listAllowlist({ principal: steward })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await prisma.webhookAllowlistEntry.count({ where: { id: entry.id } })).toBe(1);
  });
});
