import { afterEach, describe, expect, it } from "vitest";
import { demoSapConnection } from "@/src/demo/sap-gateway/demo-sap-connection";
import { startSapGateway, type SapGateway } from "@/src/demo/sap-gateway/start-sap-gateway";
import type { PulledRecord } from "@/src/sources/pulled-record";
import { pullBusinessPartners, type SapPage } from "./pull-business-partners";
import type { SapConnection } from "./sap-connection";
import type { SapCursor } from "./sap-cursor";

/** The gateway's clock and ours; seeded partners all lie before 2026. */
let now = new Date("2026-03-02T10:00:00Z");
let gateway: SapGateway;
afterEach(() => gateway.close());

async function start(opts: Parameters<typeof startSapGateway>[0]) {
  gateway = await startSapGateway({ ...opts, clock: () => now });
  return gateway;
}

/** A whole pull; `between` runs after each page, before the next is asked for. */
async function pull(connection: SapConnection, cursor: SapCursor, between: (page: SapPage, index: number) => void = () => {}) {
  const pages: SapPage[] = [];
  for await (const page of pullBusinessPartners({ connection, cursor, now: () => now })) {
    pages.push(page);
    between(page, pages.length - 1);
  }
  return { records: pages.flatMap((p) => p.records), pages, cursor: pages.at(-1)?.cursor ?? cursor };
}

const ids = (records: PulledRecord[]) => records.map((r) => r.externalId);
const countOf = (list: string[]) => list.reduce((m, id) => m.set(id, (m.get(id) ?? 0) + 1), new Map<string, number>());
const partnerRequests = () => gateway.requests.filter((r) => r.includes("A_BusinessPartner?"));

describe("pulling while SAP changes partners", () => {
  it("delivers every partner exactly once when read partners change between pages, across the pull and the next one from its cursor", async () => {
    await start({ partners: 60, sharedCustomers: 6, pageSize: 7 });
    const connection = demoSapConnection(gateway);
    const neverChanged = gateway.store.all().filter((p) => !p.changed).map((p) => p.id);
    const changedOnes: string[] = [];
    const delivered: string[] = [];
    const first = await pull(connection, {}, (page, index) => {
      delivered.push(...ids(page.records));
      // Change a partner already read: in the created stream it leaves that stream, in the changed one it moves to the end.
      const read = ids(page.records).filter((id) => !changedOnes.includes(id));
      if (index % 2 === 0 && read.length) {
        changedOnes.push(read[0]);
        gateway.store.update(read[0], (p) => void (p.firstName = `Changed ${index}`));
      }
    });
    expect(changedOnes.some((id) => neverChanged.includes(id))).toBe(true);
    expect(changedOnes.length).toBeGreaterThan(3);
    const second = await pull(connection, first.cursor);
    const counts = countOf([...delivered, ...ids(second.records)]);
    for (const p of gateway.store.all()) expect([p.id, counts.get(p.id)]).toEqual([p.id, changedOnes.includes(p.id) ? 2 : 1]);
    const latest = new Map([...first.records, ...second.records].map((r) => [r.externalId, (r.raw as { FirstName: string }).FirstName]));
    for (const id of changedOnes) expect(latest.get(id)).toMatch(/^Changed \d+$/);
    expect(partnerRequests().filter((r) => r.includes("$skiptoken="))).toEqual([]);
  });

  it("does not follow a __next link naming the gateway's internal host behind a proxy", async () => {
    await start({ partners: 30, sharedCustomers: 3, pageSize: 4, internalOrigin: "http://s4-internal.corp.example:50000" });
    const { records } = await pull(demoSapConnection(gateway), {});
    expect(new Set(ids(records)).size).toBe(30);
    expect(records).toHaveLength(30);
  });

  it("reads a second holding more partners than a reply with $top and the cursor bounded, once the second is over", async () => {
    await start({ partners: 30, sharedCustomers: 3, pageSize: 4 });
    const connection = demoSapConnection(gateway, { windowSize: 10 });
    const loaded = (await pull(connection, {})).cursor;
    now = new Date("2026-03-02T11:00:00Z");
    const mass = gateway.store.all().slice(2, 27).map((p) => gateway.store.update(p.id, (q) => void (q.lastName = `${q.lastName}!`)).id);
    now = new Date("2026-03-02T11:00:30Z");
    gateway.requests.length = 0;
    const { records, pages, cursor } = await pull(connection, loaded);
    expect(ids(records).sort()).toEqual([...mass].sort());
    expect(Math.max(...pages.map((p) => p.cursor.changed?.seenIds.length ?? 0))).toBeLessThanOrEqual(4);
    expect(partnerRequests().every((r) => r.includes("$top=10&"))).toBe(true);
    expect(cursor.changed).toMatchObject({ date: "2026-03-02", time: "11:00:00", seenIds: [] });
    expect((await pull(connection, cursor)).records).toEqual([]);
  });

  it("reads such a second while it lasts, then finds a partner that joins it with a lower id", async () => {
    await start({ partners: 30, sharedCustomers: 3, pageSize: 4 });
    const connection = demoSapConnection(gateway, { windowSize: 10 });
    const loaded = (await pull(connection, {})).cursor;
    now = new Date("2026-03-02T12:00:00Z");
    const mass = gateway.store.all().slice(5, 29).map((p) => gateway.store.update(p.id, (q) => void (q.lastName = `${q.lastName}?`)).id);
    const during = await pull(connection, loaded);
    expect(ids(during.records).sort()).toEqual([...mass].sort());
    const late = gateway.store.update(gateway.store.all()[1].id, (q) => void (q.lastName = `${q.lastName}+`)).id;
    const after = await pull(connection, during.cursor);
    expect(ids(after.records)).toEqual([late]);
    now = new Date("2026-03-02T12:01:00Z");
    expect((await pull(connection, after.cursor)).records).toEqual([]);
  });
});
