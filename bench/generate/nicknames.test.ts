import { describe, expect, it } from "vitest";
import { countries } from "./locales";
import { commonNames, nameVariants } from "./nicknames";

// Every group starts with a name common in some country, so this walks the whole table.
const knownNames = () => [...new Set(countries.flatMap(commonNames).flatMap((n) => [n, ...nameVariants(n)]))];

describe("nickname table", () => {
  it("is symmetric: whoever is filed as Bill in one system may be William in the next, and back", () => {
    for (const name of knownNames()) {
      for (const variant of nameVariants(name)) expect(nameVariants(variant), `${variant} → ${name}`).toContain(name);
    }
  });

  it("never gives a name as its own variant", () => {
    for (const name of knownNames()) expect(nameVariants(name)).not.toContain(name);
  });

  it("knows the classic pairs both ways", () => {
    expect(nameVariants("Bill")).toContain("William");
    expect(nameVariants("William")).toContain("Bill");
    expect(nameVariants("Hans")).toContain("Johannes");
    expect(nameVariants("Liz")).toContain("Elizabeth");
    expect(nameVariants("Zebulon")).toEqual([]);
  });

  it("holds about forty groups, with common names for every country", () => {
    for (const country of countries) expect(commonNames(country).length, country).toBeGreaterThan(4);
    expect(new Set(countries.flatMap(commonNames)).size).toBeGreaterThanOrEqual(40);
  });
});
