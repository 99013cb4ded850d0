import { describe, expect, it } from "vitest";
import { fieldLevels, type Field } from "@/src/matching/compare/level";
import { defaultModel } from "./default-model";
import { estimateModel, matchProbability, type TrainingPair } from "./estimate-model";
import { expectedQuality } from "./expected-quality";
import { levelWeight, type MatchModel } from "./match-model";

/** A small deterministic generator, so the test data is the same on every run. */
function lcg(seed: number) {
  let s = seed;
  return () => ((s = (s * 1664525 + 1013904223) % 2 ** 32) / 2 ** 32);
}

function draw(random: () => number, probabilities: Record<string, number>): string {
  let r = random();
  for (const [level, p] of Object.entries(probabilities)) if ((r -= p) <= 0) return level;
  return Object.keys(probabilities).at(-1)!;
}

/** Candidate pairs drawn from a known model, with a fifth of the fields missing at random. */
function sample(truth: MatchModel, n: number, seed: number): { pairs: TrainingPair[]; isMatch: boolean[] } {
  const random = lcg(seed);
  const pairs: TrainingPair[] = [];
  const isMatch: boolean[] = [];
  for (let i = 0; i < n; i++) {
    const match = random() < truth.matchRate;
    const vector: TrainingPair["vector"] = {};
    for (const f of Object.keys(fieldLevels) as Field[]) {
      if (random() < 0.2) continue;
      const probs = Object.fromEntries(Object.entries(truth.fields[f]).map(([l, p]) => [l, match ? p.m : p.u]));
      vector[f] = draw(random, probs);
    }
    pairs.push({ vector });
    isMatch.push(match);
  }
  return { pairs, isMatch };
}

const truth: MatchModel = {
  ...defaultModel,
  matchRate: 0.25,
  fields: {
    ...defaultModel.fields,
    email: { exact: { m: 0.5, u: 0.01 }, sameLocalPart: { m: 0.1, u: 0.01 }, similar: { m: 0.1, u: 0.03 }, different: { m: 0.3, u: 0.95 } },
  },
};

describe("estimateModel (EM)", () => {
  const { pairs, isMatch } = sample(truth, 20_000, 7);

  it("recovers the match rate and the m/u probabilities from unlabelled pairs", () => {
    const { model, iterations } = estimateModel(defaultModel, pairs, "test-1");
    expect(iterations).toBeLessThan(100);
    expect(model.version).toBe("test-1");
    expect(model.matchRate).toBeCloseTo(truth.matchRate, 1);
    expect(model.fields.email.exact.m).toBeCloseTo(0.5, 1);
    expect(model.fields.email.different.m).toBeCloseTo(0.3, 1);
    expect(model.fields.firstName.exact.u).toBeCloseTo(truth.fields.firstName.exact.u, 1);
  });

  it("classifies the pairs better than the model it started from", () => {
    const { model } = estimateModel(defaultModel, pairs, "test-2");
    const errors = (m: MatchModel) => pairs.filter((p, i) => matchProbability(m, p.vector) >= 0.5 !== isMatch[i]).length;
    expect(errors(model)).toBeLessThanOrEqual(errors(defaultModel));
  });

  it("takes steward decisions as given", () => {
    const labelled = pairs.slice(0, 2000).map((p, i) => ({ ...p, label: isMatch[i] }));
    const { model } = estimateModel(defaultModel, [...labelled, ...pairs.slice(2000)], "test-3");
    expect(model.fields.email.exact.m).toBeCloseTo(0.5, 1);
  });

  it("gives a level no non-match showed no more weight than the number of pairs can support", () => {
    const rare: MatchModel = { ...truth, fields: { ...truth.fields, phone: { exact: { m: 0.66, u: 0.002 }, oneDigit: { m: 0.04, u: 0 }, sameSubscriber: { m: 0.05, u: 0.003 }, different: { m: 0.25, u: 0.995 } } } };
    const drawn = sample(rare, 20_000, 11);
    const nonMatches = drawn.isMatch.filter((m) => !m).length;
    const { model } = estimateModel(defaultModel, drawn.pairs, "test-5");
    expect(levelWeight(model, "phone", "oneDigit")).toBeGreaterThan(2);
    expect(levelWeight(model, "phone", "oneDigit")).toBeLessThan(Math.log(0.04 * nonMatches) + 0.5);
  });

  it("reports the precision and recall it expects at each threshold, precision rising with the threshold", () => {
    const { model } = estimateModel(defaultModel, pairs, "test-4");
    const [low, high] = expectedQuality(model, pairs.map((p) => p.vector), [0.5, 0.95]);
    expect(high.precision).toBeGreaterThan(low.precision);
    expect(high.recall).toBeLessThan(low.recall);
    expect(high.precision).toBeGreaterThan(0.9);
  });
});
