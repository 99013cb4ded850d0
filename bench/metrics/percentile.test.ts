import { describe, expect, it } from "vitest";
import { percentile } from "./percentile";
import { f1, share } from "./ratios";

describe("percentile", () => {
  const hundred = Array.from({ length: 100 }, (_, i) => 100 - i);

  it("returns the nearest-rank value, whatever the input order", () => {
    expect(percentile(hundred, 50)).toBe(50);
    expect(percentile(hundred, 95)).toBe(95);
    expect(percentile(hundred, 99)).toBe(99);
    expect(percentile(hundred, 100)).toBe(100);
    expect(percentile([3, 1, 2, 10], 50)).toBe(2);
    expect(percentile([3, 1, 2, 10], 99)).toBe(10);
  });

  it("reports a latency that really happened, never an interpolation", () => {
    expect(percentile([1, 1000], 50)).toBe(1);
    expect(percentile([7], 99)).toBe(7);
  });

  it("is null without values and refuses a percentile out of range", () => {
    expect(percentile([], 50)).toBeNull();
    expect(() => percentile([1], 0)).toThrow(RangeError);
    expect(() => percentile([1], 101)).toThrow(RangeError);
  });

  it("leaves the input untouched", () => {
    const values = [3, 1, 2];
    percentile(values, 50);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe("share and f1", () => {
  it("does not report an empty run as perfect", () => {
    expect(share(0, 0)).toBeNull();
    expect(f1(null, 0.5)).toBeNull();
  });

  it("is the harmonic mean of precision and recall", () => {
    expect(share(3, 4)).toBe(0.75);
    expect(f1(1, 0.5)).toBeCloseTo(2 / 3);
    expect(f1(0, 0)).toBe(0);
  });
});
