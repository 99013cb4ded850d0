import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoSapConnection } from "@/src/demo/sap-gateway/demo-sap-connection";
import { OPEN_END } from "@/src/demo/sap-gateway/odata-json-values";
import { startSapGateway, type SapGateway } from "@/src/demo/sap-gateway/start-sap-gateway";
import { pullBusinessPartners, type SapPage } from "./pull-business-partners";
import type { SapCursor } from "./sap-cursor";

const now = new Date("2026-03-02T10:00:00Z");
let gateway: SapGateway;

beforeAll(async () => {
  gateway = await startSapGateway({ partners: 30, sharedCustomers: 3, pageSize: 50, clock: () => now });
});
afterAll(() => gateway.close());

async function pull(cursor: SapCursor) {
  const pages: SapPage[] = [];
  for await (const page of pullBusinessPartners({ connection: demoSapConnection(gateway, { windowSize: 3 }), cursor, now: () => now })) pages.push(page);
  return { records: pages.flatMap((p) => p.records), rejected: pages.flatMap((p) => p.rejected), cursor: pages.at(-1)?.cursor ?? cursor };
}

describe("partners whose dates cannot be read", () => {
  it("are quarantined once, and neither stall the stream nor come back in a later sync", async () => {
    const partners = gateway.store.all();
    // ABAP's initial date sorts before every real one: more of these than a window used to stop the stream.
    const initial = partners.filter((p) => !p.changed).slice(0, 4);
    for (const p of initial) p.created = new Date("0001-01-01T00:00:00Z");
    // The open-end placeholder sorts after every real change.
    const openEnd = partners.filter((p) => p.changed).slice(0, 2);
    for (const p of openEnd) p.changed = OPEN_END;
    const unreadable = [...initial, ...openEnd].map((p) => p.id);

    const first = await pull({});
    expect(first.rejected.map((r) => r.externalId).sort()).toEqual([...unreadable].sort());
    expect(first.rejected[0].reasons).toEqual([{ path: "LastChangeDate", message: expect.stringContaining("neither LastChangeDate nor CreationDate") }]);
    expect(first.rejected.at(-1)?.reasons).toEqual([{ path: "LastChangeDate", message: "is empty" }]);
    expect(first.records.map((r) => r.externalId).sort()).toEqual(partners.map((p) => p.id).filter((id) => !unreadable.includes(id)).sort());

    const again = await pull(first.cursor);
    expect(again.records).toEqual([]);
    expect(again.rejected).toEqual([]);
  });
});
