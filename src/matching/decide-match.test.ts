import { describe, expect, it } from "vitest";
import type { CustomerAttributes } from "../golden/attributes";
import { decideMatch } from "./decide-match";
import type { Candidate } from "./find-candidates";

const thresholds = { auto: 0.9, review: 0.6 };
const CRM = "source-crm";
const ERP = "source-erp";

const name = { firstName: "Anna", lastName: "Schmidt" };
const incoming: CustomerAttributes = {
  ...name,
  email: "anna.schmidt@example.de",
  phone: "+493012345678",
  city: "Berlin",
  postalCode: "10115",
};

let seq = 0;
function candidate(goldenRecordId: string, sourceId: string, standardized: CustomerAttributes): Candidate {
  seq += 1;
  return { sourceRecordId: `sr-${seq}`, goldenRecordId, sourceId, externalId: `ext-${seq}`, standardized };
}

describe("decideMatch", () => {
  it("links to the golden record of a sure match from another source", () => {
    const decision = decideMatch(incoming, CRM, [
      candidate("g-weak", ERP, { ...name, city: "Berlin" }),
      candidate("g-sure", ERP, { ...incoming }),
    ], thresholds);
    expect(decision.kind).toBe("link");
    if (decision.kind !== "link") return;
    expect(decision.best.goldenRecordId).toBe("g-sure");
    expect(decision.best.score).toBeGreaterThanOrEqual(thresholds.auto);
    expect(decision.best.fields.map((f) => f.attribute)).toContain("email");
  });

  it("scores a golden record by its best source record", () => {
    const decision = decideMatch(incoming, CRM, [
      candidate("g-1", ERP, { firstName: "Bernd", lastName: "Weber" }),
      candidate("g-1", "source-shop", { ...incoming }),
    ], thresholds);
    expect(decision).toMatchObject({ kind: "link", best: { goldenRecordId: "g-1" } });
  });

  it("proposes the review band as suspects, best first, at most five", () => {
    const decision = decideMatch(incoming, CRM, [
      candidate("g-below", ERP, { ...name }),
      candidate("g-2.0a", ERP, { ...name, postalCode: "10115" }),
      candidate("g-1.0a", ERP, { ...name, city: "Berlin" }),
      candidate("g-0.5", ERP, { ...name, postalCode: "10115", phone: "+4940999999", city: "Potsdam" }),
      candidate("g-1.5", ERP, { ...name, postalCode: "10115", city: "Potsdam" }),
      candidate("g-2.0b", ERP, { ...name, phone: "+493012345678", email: "a.s@example.com" }),
      candidate("g-1.0b", ERP, { ...name, phone: "+493012345678", email: "a.s@example.com", postalCode: "14467" }),
    ], thresholds);
    expect(decision.kind).toBe("review");
    if (decision.kind !== "review") return;
    const ids = decision.suspects.map((s) => s.goldenRecordId);
    expect(ids).toHaveLength(5);
    expect(ids.slice(0, 2).sort()).toEqual(["g-2.0a", "g-2.0b"]);
    expect(ids[2]).toBe("g-1.5");
    expect(ids.slice(3).sort()).toEqual(["g-1.0a", "g-1.0b"]);
    const scores = decision.suspects.map((s) => s.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    for (const s of decision.suspects) {
      expect(s.score).toBeGreaterThanOrEqual(thresholds.review);
      expect(s.score).toBeLessThan(thresholds.auto);
      expect(s.fields.length).toBeGreaterThan(0);
    }
  });

  it("creates a new golden record when nothing reaches the review threshold, or nothing was found", () => {
    const weak = decideMatch(incoming, CRM, [
      candidate("g-name-only", ERP, { ...name }),
      candidate("g-stranger", ERP, { firstName: "Bernd", lastName: "Weber", city: "Berlin" }),
    ], thresholds);
    expect(weak).toEqual({ kind: "new" });
    expect(decideMatch(incoming, CRM, [], thresholds)).toEqual({ kind: "new" });
  });

  it("never auto-links to a golden record holding another record of the same source: a steward decides", () => {
    const decision = decideMatch(incoming, CRM, [candidate("g-same", CRM, { ...incoming })], thresholds);
    expect(decision.kind).toBe("review");
    if (decision.kind !== "review") return;
    expect(decision.suspects.map((s) => s.goldenRecordId)).toEqual(["g-same"]);
    expect(decision.suspects[0].score).toBeGreaterThanOrEqual(thresholds.auto);
  });

  it("holds back the link even when the same-source record is not the best-scoring one of that golden", () => {
    const sameSourceFirst = decideMatch(incoming, CRM, [
      candidate("g-mixed", CRM, { ...name, city: "Berlin" }),
      candidate("g-mixed", ERP, { ...incoming }),
    ], thresholds);
    const sameSourceLast = decideMatch(incoming, CRM, [
      candidate("g-mixed", ERP, { ...incoming }),
      candidate("g-mixed", CRM, { ...name, city: "Berlin" }),
    ], thresholds);
    for (const decision of [sameSourceFirst, sameSourceLast]) {
      expect(decision.kind).toBe("review");
      if (decision.kind !== "review") continue;
      expect(decision.suspects).toHaveLength(1);
      expect(decision.suspects[0]).toMatchObject({ goldenRecordId: "g-mixed" });
      expect(decision.suspects[0].score).toBeGreaterThan(0.99);
    }
  });
});
