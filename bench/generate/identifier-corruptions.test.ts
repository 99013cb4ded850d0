import { describe, expect, it } from "vitest";
import { identifierCorruptions, replaceOneDigit, swapAdjacentDigits } from "./identifier-corruptions";
import { ssnFor } from "./identifiers";
import { createFakers } from "./locales";

const { byCountry } = createFakers(3);
const f = byCountry.US;
const digits = (s: string) => s.replace(/\D/g, "");

describe("identifier corruptions", () => {
  it("swaps two adjacent digits: one transposition, every digit kept, the dashes where they were", () => {
    for (let i = 0; i < 200; i++) {
      const ssn = ssnFor(f);
      const out = swapAdjacentDigits(f, ssn);
      if (out === null) continue;
      expect(out.replace(/\d/g, "9")).toBe(ssn.replace(/\d/g, "9"));
      const diff = [...out].flatMap((c, j) => (c !== ssn[j] ? [j] : []));
      expect(diff).toHaveLength(2);
      expect(diff[1] - diff[0]).toBe(1);
      expect([out[diff[0]], out[diff[1]]]).toEqual([ssn[diff[1]], ssn[diff[0]]]);
      expect([...digits(out)].sort()).toEqual([...digits(ssn)].sort());
    }
    expect(swapAdjacentDigits(f, "111-11-1111")).toBeNull();
  });

  it("replaces exactly one digit with another", () => {
    for (let i = 0; i < 200; i++) {
      const ssn = ssnFor(f);
      const out = replaceOneDigit(f, ssn)!;
      const diff = [...out].flatMap((c, j) => (c !== ssn[j] ? [j] : []));
      expect(diff).toHaveLength(1);
      expect(out[diff[0]]).toMatch(/\d/);
    }
  });

  it("corrupts a national id or a tax id, and declines a record with neither", () => {
    for (const c of identifierCorruptions) {
      expect(c.apply({ nationalId: "123-45-6789" }, { f, country: "US" })?.nationalId).not.toBe("123-45-6789");
      expect(c.apply({ taxId: "12-3456789" }, { f, country: "US" })?.taxId).not.toBe("12-3456789");
      expect(c.apply({ lastName: "Smith" }, { f, country: "US" })).toBeNull();
    }
  });
});
