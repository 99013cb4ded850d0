import { describe, expect, it } from "vitest";
import { scorePair } from "@/src/matching/score-pair";
import { defaultModel } from "./default-model";
import { FrequencyCounter, frequencyAdjustment, frequencyKey } from "./term-frequencies";

/** A customer base where one surname is everywhere and the rest are one family each. */
function population() {
  const counter = new FrequencyCounter();
  for (let i = 0; i < 500; i++) counter.add({ firstName: `Given${i % 50}`, lastName: "Smith" });
  for (let i = 0; i < 500; i++) counter.add({ firstName: `Given${i % 50}`, lastName: `Family${i}` });
  counter.add({ organizationName: "Müller Logistik GmbH" });
  counter.add({ organizationName: "Muller Logistik AG" });
  return counter.result();
}

describe("term frequencies", () => {
  it("counts values the way the comparators compare them: folded, organizations without legal form", () => {
    const f = population();
    expect(f.organizationName?.counts[frequencyKey("organizationName", "MÜLLER LOGISTIK")]).toBe(2);
    expect(f.lastName).toMatchObject({ records: 1000, counts: expect.objectContaining({ smith: 500 }) });
    expect(f.lastName!.agreement).toBeCloseTo(0.25 + 500 * (1 / 1000) ** 2, 6);
  });

  it("makes a rare name stronger evidence and a very common one weaker, within bounds", () => {
    const f = population().lastName!;
    const common = frequencyAdjustment(f, "smith");
    const rare = frequencyAdjustment(f, "family7");
    expect(common.weight).toBeLessThan(0);
    expect(rare.weight).toBeGreaterThan(0);
    expect(rare.weight).toBeCloseTo(Math.log(20), 6);
    expect(common.share).toBeCloseTo(0.5, 6);
  });

  it("keeps only the most common values and assumes no more for an unlisted one than the least common kept", () => {
    const f = population().lastName!;
    const kept = new FrequencyCounter();
    for (let i = 0; i < 30; i++) kept.add({ lastName: i < 20 ? "Smith" : `Family${i}` });
    const few = kept.result(3).lastName!;
    expect(Object.keys(few.counts)).toHaveLength(3);
    expect(few.unlisted).toBe(1);
    expect(f.unlisted).toBe(1);
    expect(frequencyAdjustment(few, "nobody").share).toBeCloseTo(1 / 30, 6);
  });

  it("explains the adjustment to a steward and moves the score the right way", () => {
    const model = { ...defaultModel, frequencies: population() };
    const smiths = scorePair({ firstName: "Given1", lastName: "Smith", city: "X" }, { firstName: "Given1", lastName: "Smith", city: "X" }, model);
    const family = scorePair({ firstName: "Given1", lastName: "Family7", city: "X" }, { firstName: "Given1", lastName: "Family7", city: "X" }, model);
    const plain = scorePair({ firstName: "Given1", lastName: "Smith", city: "X" }, { firstName: "Given1", lastName: "Smith", city: "X" }, defaultModel);
    expect(smiths.score).toBeLessThan(plain.score);
    expect(family.score).toBeGreaterThan(plain.score);
    expect(smiths.fields.find((f) => f.attribute === "lastName")?.note).toBe("common: 1 in 2 records");
    expect(family.fields.find((f) => f.attribute === "lastName")?.note).toBe("rare: 1 in 1,000 records");
  });
});
