import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoSapConnection } from "@/src/demo/sap-gateway/demo-sap-connection";
import { partnerFromCustomer } from "@/src/demo/sap-gateway/partner-from-customer";
import { startSapGateway, type SapGateway } from "@/src/demo/sap-gateway/start-sap-gateway";
import { demoCustomer, sharedCustomers } from "@/src/demo/shared-customers";
import type { PulledRecord } from "@/src/sources/pulled-record";
import { pullBusinessPartners, type SapPage } from "./pull-business-partners";
import type { SapConnection } from "./sap-connection";
import type { SapCursor } from "./sap-cursor";

/** The gateway's clock; a test sets it to put changes into chosen seconds. Seeded partners all lie before 2026. */
let now = new Date("2026-03-02T10:00:00Z");
let gateway: SapGateway;
let connection: SapConnection;

beforeAll(async () => {
  gateway = await startSapGateway({ partners: 60, sharedCustomers: 6, pageSize: 7, clock: () => now });
  connection = demoSapConnection(gateway);
});
afterAll(() => gateway.close());

async function pull(cursor: SapCursor, conn = connection): Promise<{ records: PulledRecord[]; pages: SapPage[]; cursor: SapCursor }> {
  const pages: SapPage[] = [];
  for await (const page of pullBusinessPartners({ connection: conn, cursor, now: () => now })) pages.push(page);
  return { records: pages.flatMap((p) => p.records), pages, cursor: pages.at(-1)?.cursor ?? cursor };
}

const ids = (records: PulledRecord[]) => records.map((r) => r.externalId);
const at = (iso: string) => (now = new Date(iso));

describe("pullBusinessPartners against the demo gateway", () => {
  let loaded: SapCursor;

  it("loads every partner once, querying again from the cursor while __next says there is more, never-changed partners first", async () => {
    gateway.requests.length = 0;
    const { records, pages, cursor } = await pull({});
    expect(records).toHaveLength(60);
    expect(new Set(ids(records)).size).toBe(60);
    expect(pages.flatMap((p) => p.rejected)).toEqual([]);
    const partnerRequests = gateway.requests.filter((r) => r.includes("A_BusinessPartner"));
    expect(partnerRequests.length).toBeGreaterThanOrEqual(60 / 7);
    expect(partnerRequests.filter((r) => r.includes("$skiptoken="))).toEqual([]);
    const neverChanged = gateway.store.all().filter((p) => !p.changed).length;
    expect(neverChanged).toBeGreaterThan(5);
    // Never-changed partners carry their creation time and come in creation order.
    const firstOnes = records.slice(0, neverChanged).map((r) => r.updatedAt);
    expect(firstOnes).toEqual([...firstOnes].sort());
    expect(cursor.created).toBeDefined();
    expect(cursor.changed).toBeDefined();
    loaded = cursor;
  });

  it("plants customers the demo Salesforce also holds, typed the ERP's way", async () => {
    const { records } = await pull({});
    const shared = sharedCustomers(6);
    const planted = shared.map((c) => records.find((r) => r.attributes.postalCode === c.postalCode && r.attributes.street === c.street));
    expect(planted.every(Boolean)).toBe(true);
    expect(planted.map((r) => r?.attributes.country)).toEqual(shared.map((c) => c.country));
  });

  it("reads nothing when nothing changed", async () => {
    expect((await pull(loaded)).records).toEqual([]);
  });

  it("neither loses nor repeats partners changed in the cursor's own second, whatever their ids", async () => {
    at("2026-03-02T10:00:05Z");
    gateway.store.update("1000020", (p) => void (p.firstName = "Twenty"));
    gateway.store.update("1000030", (p) => void (p.firstName = "Thirty"));
    const first = await pull(loaded);
    expect(ids(first.records)).toEqual(["1000020", "1000030"]);
    expect(first.records[0]).toMatchObject({ updatedAt: "2026-03-02T10:00:05Z", attributes: { firstName: "Twenty" } });
    expect(first.cursor.changed).toEqual({ date: "2026-03-02", time: "10:00:05", seenIds: ["1000020", "1000030"] });

    // Same second, lower id: a cursor keeping only the last id would skip this one.
    gateway.store.update("1000010", (p) => void (p.firstName = "Ten"));
    const second = await pull(first.cursor);
    expect(ids(second.records)).toEqual(["1000010"]);
    expect((await pull(second.cursor)).records).toEqual([]);

    at("2026-03-02T10:00:06Z");
    gateway.store.update("1000020", (p) => void (p.firstName = "Twenty again"));
    const third = await pull(second.cursor);
    expect(third.records.map((r) => [r.externalId, r.attributes.firstName])).toEqual([["1000020", "Twenty again"]]);
    loaded = third.cursor;
  });

  it("resumes a sync stopped mid-second from its last page's cursor with every partner exactly once", async () => {
    at("2026-03-02T10:01:00Z");
    const changed = ["1000001", "1000003", "1000005", "1000007", "1000009", "1000011", "1000013", "1000015", "1000017", "1000019", "1000021", "1000023"];
    for (const id of changed) gateway.store.update(id, (p) => void (p.lastName = `${p.lastName}-${id}`));
    const got: string[] = [];
    let stoppedAt: SapCursor | undefined;
    for await (const page of pullBusinessPartners({ connection, cursor: loaded })) {
      got.push(...ids(page.records));
      stoppedAt = page.cursor;
      break;
    }
    // The first page of 7 starts with the cursor's boundary partner (1000020 at 10:00:06), read again and skipped.
    expect(got).toEqual(changed.slice(0, 6));
    expect(stoppedAt?.changed).toEqual({ date: "2026-03-02", time: "10:01:00", seenIds: changed.slice(0, 6) });
    const rest = await pull(stoppedAt!);
    expect([...got, ...ids(rest.records)]).toEqual(changed);
    loaded = rest.cursor;
  });

  it("reads windows of ten from the cursor and delivers each partner once even when partners already read change mid-window", async () => {
    at("2026-03-02T10:01:30Z");
    const changedMidWindow: string[] = [];
    const delivered: string[] = [];
    let cursor: SapCursor = {};
    for await (const page of pullBusinessPartners({ connection: demoSapConnection(gateway, { windowSize: 10 }), cursor: {}, now: () => now })) {
      delivered.push(...ids(page.records));
      cursor = page.cursor;
      // The first page's first partner, changed while the window it came in is still being read.
      if (changedMidWindow.length < 2 && page.records.length) {
        const id = page.records[0].externalId;
        if (!changedMidWindow.includes(id)) changedMidWindow.push(gateway.store.update(id, (p) => void (p.lastName = `${p.lastName}~`)).id);
      }
    }
    const counts = new Map<string, number>();
    for (const id of delivered) counts.set(id, (counts.get(id) ?? 0) + 1);
    for (const p of gateway.store.all()) expect([p.id, counts.get(p.id)]).toEqual([p.id, changedMidWindow.includes(p.id) ? 2 : 1]);
    expect((await pull(cursor)).records).toEqual([]);
    loaded = cursor;
  });

  it("delivers a new partner by its creation time, then again when it is changed", async () => {
    at("2026-03-02T10:02:00Z");
    const created = gateway.store.create((id, when) => partnerFromCustomer(demoCustomer(1, 99, "test"), id, when, 0));
    const first = await pull(loaded);
    expect(first.records).toMatchObject([{ externalId: created.id, updatedAt: "2026-03-02T10:02:00Z", active: true }]);
    expect(first.cursor.created).toMatchObject({ date: "2026-03-02", time: "10:02:00", seenIds: [created.id] });

    at("2026-03-02T10:03:00Z");
    gateway.store.update(created.id, (p) => void (p.addresses[0].city = "Neustadt"));
    const second = await pull(first.cursor);
    expect(second.records).toMatchObject([{ externalId: created.id, updatedAt: "2026-03-02T10:03:00Z", attributes: { city: "Neustadt" } }]);
    loaded = second.cursor;
  });

  it("marks blocked and archived partners inactive instead of leaving them out", async () => {
    at("2026-03-02T10:04:00Z");
    gateway.store.block("1000040");
    gateway.store.archive("1000041");
    const { records } = await pull(loaded);
    expect(records.map((r) => [r.externalId, r.active, r.updatedAt])).toEqual([
      ["1000040", false, "2026-03-02T10:04:00Z"],
      ["1000041", false, "2026-03-02T10:04:00Z"],
    ]);
    loaded = (await pull(loaded)).cursor;
  });

  it("picks up the trickle of creates, updates, duplicates, blocks and archives", async () => {
    at("2026-03-02T10:05:00Z");
    const changes = Array.from({ length: 40 }, () => gateway.tick());
    expect(new Set(changes.map((c) => c.kind))).toEqual(new Set(["create", "duplicate", "update", "block", "archive"]));
    const { records } = await pull(loaded);
    expect(new Set(ids(records))).toEqual(new Set(changes.map((c) => c.id)));
  });
});
