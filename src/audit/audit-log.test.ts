import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { systemPrincipal } from "@/src/auth/principal";
import { closeDb, sql } from "@/src/db";
import { unique, userPrincipal } from "@/src/testing/fixtures";
import { auditCursorParam } from "./audit-cursor";
import { parseAuditFilter } from "./audit-filter";
import { exportAuditCsv } from "./export-audit-csv";
import { listAuditEvents } from "./list-audit-events";
import { recordAudit } from "./record-audit";
import { safeCsvField } from "./safe-csv";

const run = unique();
const approver = userPrincipal("APPROVER", `user:approver-${run}@audit.test`);
const anna = userPrincipal("STEWARD", `user:anna-${run}@audit.test`);
const day = (d: number, hour = 12) => new Date(Date.UTC(2031, 0, d, hour));

beforeAll(async () => {
  await sql.begin(async (tx) => {
    await recordAudit(tx, anna, day(1), { action: "suspect.merge", targetType: "DuplicateSuspect", targetId: `s1_${run}`, before: { status: "OPEN" }, after: { status: "MERGED" } });
    await recordAudit(tx, anna, day(2), { action: "golden.edit", targetType: "GoldenRecord", targetId: `g1x${run}`, before: { city: "Köln" }, after: { city: "Bonn" }, data: { reason: "moved" } });
    await recordAudit(tx, approver, day(3), { action: "golden.edit", targetType: "GoldenRecord", targetId: `g2${run}`, after: { city: "Paris" } });
    await recordAudit(tx, approver, day(3, 18), { action: "user.invite", targetType: "User", targetId: `u1${run}`, after: { name: "=HYPERLINK(\"http://evil\")" } });
  });
});

afterAll(async () => {
  await closeDb();
});

const ofRun = async (params: Record<string, string>) => {
  const { filter } = parseAuditFilter({ ...params });
  return (await listAuditEvents({ principal: approver, filter: { ...filter, q: filter.q ?? run }, take: 50 })).rows;
};

describe("listAuditEvents", () => {
  it("lists newest first with before and after, and pages by keyset without gaps or repeats", async () => {
    const all = await ofRun({});
    expect(all.map((r) => r.action)).toEqual(["user.invite", "golden.edit", "golden.edit", "suspect.merge"]);
    expect(all[2]).toMatchObject({ actor: anna.label, targetType: "GoldenRecord", data: { before: { city: "Köln" }, after: { city: "Bonn" }, reason: "moved" } });
    const first = await listAuditEvents({ principal: approver, filter: { q: run }, take: 3 });
    expect(first.rows).toHaveLength(3);
    const after = auditCursorParam.parse(first.nextCursor);
    const second = await listAuditEvents({ principal: approver, filter: { q: run }, after, take: 3 });
    expect([...first.rows, ...second.rows].map((r) => r.id)).toEqual(all.map((r) => r.id));
    expect(second.nextCursor).toBeNull();
  });

  it("filters by actor, action, target type and id, and by whole UTC days", async () => {
    expect((await ofRun({ actor: `ANNA-${run}` })).map((r) => r.action)).toEqual(["golden.edit", "suspect.merge"]);
    expect((await ofRun({ action: "golden.edit" })).map((r) => r.actor)).toEqual([approver.label, anna.label]);
    expect((await ofRun({ targetType: "DuplicateSuspect" })).map((r) => r.targetId)).toEqual([`s1_${run}`]);
    expect((await ofRun({ targetId: `g2${run}` })).map((r) => r.targetId)).toEqual([`g2${run}`]);
    expect((await ofRun({ from: "2031-01-02", to: "2031-01-03" })).map((r) => r.action)).toEqual(["user.invite", "golden.edit", "golden.edit"]);
    expect((await ofRun({ to: "2031-01-01" })).map((r) => r.action)).toEqual(["suspect.merge"]);
  });

  it("takes the target id text literally: an underscore is not a wildcard", async () => {
    expect((await ofRun({ q: `s1_${run}` })).map((r) => r.targetId)).toEqual([`s1_${run}`]);
    expect(await ofRun({ q: `g1_${run}` })).toEqual([]);
  });

  it("is refused to stewards and viewers", async () => {
    await expect(listAuditEvents({ principal: anna, filter: {}, take: 1 })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(() => exportAuditCsv({ principal: userPrincipal("VIEWER"), filter: {} })).toThrow(expect.objectContaining({ code: "FORBIDDEN" }));
  });
});

describe("parseAuditFilter", () => {
  it("drops a malformed field by name and keeps the others", () => {
    const { filter, issues } = parseAuditFilter({ actor: "anna", from: "03/01/2031", to: "2031-01-01", targetId: "x'; --" });
    expect(filter).toMatchObject({ actor: "anna", to: "2031-01-01" });
    expect(filter.from).toBeUndefined();
    expect(filter.targetId).toBeUndefined();
    expect(issues.map((i) => i.path).sort()).toEqual(["from", "targetId"]);
    expect(parseAuditFilter({ from: "2031-02-01", to: "2031-01-01" }).issues).toEqual([{ path: "to", message: "To: choose a date on or after From." }]);
  });
});

describe("exportAuditCsv", () => {
  it("writes the filtered log as CSV, newest first, with formulas neutralised", async () => {
    let text = "";
    for await (const chunk of exportAuditCsv({ principal: approver, filter: { q: run } })) text += chunk;
    expect(text.startsWith("createdAt,actor,action,targetType,targetId,before,after,details\r\n")).toBe(true);
    const rows = parse(text, { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.action)).toEqual(["user.invite", "golden.edit", "golden.edit", "suspect.merge"]);
    expect(rows[2]).toEqual({
      createdAt: day(2).toISOString(),
      actor: anna.label,
      action: "golden.edit",
      targetType: "GoldenRecord",
      targetId: `g1x${run}`,
      before: '{"city":"Köln"}',
      after: '{"city":"Bonn"}',
      details: '{"reason":"moved"}',
    });
    expect(rows[0].after).toBe('{"name":"=HYPERLINK(\\"http://evil\\")"}');
  });

  it("prefixes cells a spreadsheet would run as a formula with an apostrophe", async () => {
    expect(safeCsvField('=HYPERLINK("http://evil")')).toBe(`"'=HYPERLINK(""http://evil"")"`);
    for (const cell of ["+1", "-2", "@SUM(A1)", "\tx", "\rx"]) expect(safeCsvField(cell).replace(/^"/, "")).toMatch(/^'/);
    expect(safeCsvField("plain, text")).toBe('"plain, text"');
    expect(safeCsvField(null)).toBe("");
    const evil = systemPrincipal("=cmd|' /C calc'!A0");
    await sql.begin((tx) => recordAudit(tx, evil, day(4), { action: "@import", targetType: "+Thing", targetId: `-${run}` }));
    let text = "";
    for await (const chunk of exportAuditCsv({ principal: approver, filter: { q: run, from: "2031-01-04" } })) text += chunk;
    const [row] = parse(text, { columns: true }) as Record<string, string>[];
    expect(row).toMatchObject({ actor: "'=cmd|' /C calc'!A0", action: "'@import", targetType: "'+Thing", targetId: `'-${run}` });
  });
});
