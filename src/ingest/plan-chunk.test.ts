import { describe, expect, it } from "vitest";
import { defaultModel } from "@/src/matching/model/default-model";
import { planChunk, type ExistingRecord } from "./plan-chunk";
import { prepareRecord } from "./prepare-record";

const matching = { model: defaultModel, thresholds: { person: { auto: 0.9, review: 0.6, sameSource: 0.9999 }, organization: { auto: 0.9, review: 0.6, sameSource: 0.9999 } } };
const source = { id: "src-plan", key: "plan", priority: 50 };
const attributes = { firstName: "Ada", lastName: "Lovelace", city: "London" };
const stored = prepareRecord({ externalId: "A-1", updatedAt: "2026-03-01T12:00:00.000Z", attributes });
const existing = new Map<string, ExistingRecord>([
  ["A-1", { id: "sr-1", contentHash: stored.contentHash, status: "ACTIVE", goldenRecordId: "g-1", sourceUpdatedAt: stored.sourceUpdatedAt, sourceDated: true }],
]);

/** Plans one incoming version of A-1 against the stored one. */
function plan(updatedAt: string | undefined, attrs: typeof attributes, stored = existing) {
  const record = prepareRecord({ externalId: "A-1", updatedAt, attributes: attrs });
  return planChunk({ source, records: [record], existing: stored, candidates: [[]], matching });
}

const moved = { ...attributes, city: "Paris" };

describe("planChunk with the source's timestamps", () => {
  it("ignores a version older than the stored one as stale: nothing written, nothing rebuilt", () => {
    const p = plan("2026-03-01T11:59:59.999Z", moved);
    expect(p.outcomes).toEqual(["stale"]);
    expect([p.updates, p.inserts, p.confirmed, [...p.rebuilt.keys()]]).toEqual([[], [], [], []]);
  });

  it("applies a version with the same timestamp but other content: the later arrival wins", () => {
    const p = plan("2026-03-01T12:00:00.000Z", moved);
    expect(p.outcomes).toEqual(["updated"]);
    expect(p.updates.map((u) => u.raw.city)).toEqual(["Paris"]);
  });

  it("applies a newer version", () => {
    expect(plan("2026-03-01T12:00:00.001Z", moved).outcomes).toEqual(["updated"]);
  });

  it("moves only the time forward for a newer copy of the same content, and nothing for an older or equal one", () => {
    const newer = plan("2026-03-02T00:00:00.000Z", attributes);
    expect(newer.outcomes).toEqual(["unchanged"]);
    expect(newer.confirmed).toEqual([{ id: "sr-1", sourceUpdatedAt: new Date("2026-03-02T00:00:00.000Z") }]);
    expect([newer.updates, [...newer.rebuilt.keys()]]).toEqual([[], []]);
    for (const at of ["2026-03-01T12:00:00.000Z", "2026-02-01T00:00:00.000Z"]) {
      expect(plan(at, attributes)).toMatchObject({ outcomes: ["unchanged"], confirmed: [] });
    }
  });

  it("applies an undated version by arrival, even behind a stored time ahead of the hub's clock", () => {
    const ahead = new Map([["A-1", { ...existing.get("A-1")!, sourceUpdatedAt: new Date(Date.now() + 3_600_000) }]]);
    const record = prepareRecord({ externalId: "A-1", attributes: moved });
    const p = planChunk({ source, records: [record], existing: ahead, candidates: [[]], matching });
    expect(p.outcomes).toEqual(["updated"]);
    // An undated copy of the same content is a plain resend: no write at all.
    const same = planChunk({ source, records: [prepareRecord({ externalId: "A-1", attributes })], existing, candidates: [[]], matching });
    expect(same).toMatchObject({ outcomes: ["unchanged"], confirmed: [], updates: [] });
  });

  it("applies a dated version behind a stored time that was only the arrival of an undated copy (a CSV load before an API sync)", () => {
    const loaded = new Map([["A-1", { ...existing.get("A-1")!, sourceUpdatedAt: new Date("2026-06-01T00:00:00.000Z"), sourceDated: false }]]);
    const p = plan("2026-03-02T00:00:00.000Z", moved, loaded);
    expect(p.outcomes).toEqual(["updated"]);
    expect(p.updates.map((u) => u.sourceDated)).toEqual([true]);
  });
});
