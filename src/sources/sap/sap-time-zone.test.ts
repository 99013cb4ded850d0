import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoSapConnection } from "@/src/demo/sap-gateway/demo-sap-connection";
import { startSapGateway, type SapGateway } from "@/src/demo/sap-gateway/start-sap-gateway";
import { pullBusinessPartners, type SapPage } from "./pull-business-partners";
import type { SapCursor } from "./sap-cursor";
import { changeInstant } from "./sap-wall-clock";

/** A system in Berlin: UTC+2 in summer; on 2026-10-25 its clock goes from 03:00 CEST back to 02:00 CET (01:00 UTC). */
let now = new Date("2026-07-01T10:00:00Z");
let gateway: SapGateway;

beforeAll(async () => {
  gateway = await startSapGateway({ partners: 20, sharedCustomers: 2, pageSize: 6, timeZone: "Europe/Berlin", clock: () => now });
});
afterAll(() => gateway.close());

async function pull(cursor: SapCursor) {
  const pages: SapPage[] = [];
  for await (const page of pullBusinessPartners({ connection: demoSapConnection(gateway), cursor, now: () => now })) pages.push(page);
  return { records: pages.flatMap((p) => p.records), cursor: pages.at(-1)?.cursor ?? cursor };
}

const stamps = (records: { externalId: string; updatedAt: string }[]) => Object.fromEntries(records.map((r) => [r.externalId, r.updatedAt]));
const change = (id: string, at: string) => ((now = new Date(at)), gateway.store.update(id, (p) => void (p.lastName = `${p.lastName}.`)).id);

describe("an SAP system whose clock runs in UTC+2", () => {
  let cursor: SapCursor;

  it("stamps a change made now with now, not two hours ahead, and keeps the cursor in SAP's wall-clock time", async () => {
    cursor = (await pull({})).cursor;
    const id = change("1000004", "2026-07-01T10:00:00Z");
    const { records, cursor: next } = await pull(cursor);
    expect(stamps(records)).toEqual({ [id]: "2026-07-01T10:00:00Z" });
    expect(Date.parse(records[0].updatedAt)).toBeLessThanOrEqual(now.getTime());
    expect(next.changed).toEqual({ date: "2026-07-01", time: "12:00:00", seenIds: [id] });
    cursor = next;
  });

  it("loses no change made in the hour the fall-back repeats, and a later change never looks older", async () => {
    const a = change("1000007", "2026-10-25T00:30:00Z"); // 02:30 CEST
    const first = await pull(cursor);
    expect(stamps(first.records)).toEqual({ [a]: "2026-10-25T00:30:00Z" });

    const b = change("1000009", "2026-10-25T01:10:00Z"); // 02:10 CET: before the cursor's 02:30 on the wall clock
    const second = await pull(first.cursor);
    expect(stamps(second.records)[b]).toBe("2026-10-25T01:10:00Z");
    // Inside the repeated hour, a is read again; it cannot have happened in the second pass yet, so it keeps its instant.
    expect(stamps(second.records)[a]).toBe("2026-10-25T00:30:00Z");

    const c = change("1000011", "2026-10-25T02:05:00Z"); // 03:05 CET: the hour is over
    const third = await pull(second.cursor);
    expect(stamps(third.records)[c]).toBe("2026-10-25T02:05:00Z");
    expect(third.cursor.changed).toMatchObject({ date: "2026-10-25", time: "03:05:00", seenIds: [c] });
    expect((await pull(third.cursor)).records).toEqual([]);
  });

  it("reads a repeated wall-clock time as the later instant once that has happened, so a change after a read stamps later", () => {
    const before = changeInstant("2026-10-25", "02:30:00", "Europe/Berlin", new Date("2026-10-25T00:45:00Z"));
    const after = changeInstant("2026-10-25", "02:10:00", "Europe/Berlin", new Date("2026-10-25T01:15:00Z"));
    expect([before.toISOString(), after.toISOString()]).toEqual(["2026-10-25T00:30:00.000Z", "2026-10-25T01:10:00.000Z"]);
    expect(changeInstant("2026-03-29", "02:30:00", "Europe/Berlin", new Date("2026-04-01T00:00:00Z")).toISOString()).toBe("2026-03-29T01:30:00.000Z");
    expect(changeInstant("2026-07-01", "12:00:05", "Europe/Berlin", new Date("2026-07-01T10:00:00Z")).toISOString()).toBe("2026-07-01T10:00:00.000Z");
  });
});
