import { describe, expect, it } from "vitest";
import { standardizeCountry } from "./countries";

describe("standardizeCountry", () => {
  it("reads names in English and German, with or without dots", () => {
    const cases: [string, string][] = [
      ["Germany", "DE"], ["Deutschland", "DE"], ["United States", "US"], ["USA", "US"], ["U.S.A.", "US"],
      ["UK", "GB"], ["Great Britain", "GB"], ["Großbritannien", "GB"], ["Vereinigte Staaten", "US"], ["Schweiz", "CH"],
    ];
    for (const [name, code] of cases) expect(standardizeCountry(name), name).toBe(code);
  });

  it("reads French, Dutch and colloquial names, and umlauts spelled out", () => {
    expect(standardizeCountry("Allemagne")).toBe("DE");
    expect(standardizeCountry("Duitsland")).toBe("DE");
    expect(standardizeCountry("Holland")).toBe("NL");
    expect(standardizeCountry("England")).toBe("GB");
    expect(standardizeCountry("Österreich")).toBe("AT");
    expect(standardizeCountry("OESTERREICH")).toBe("AT");
  });

  it("reads alpha-2 and alpha-3 codes in any case", () => {
    expect(standardizeCountry("de")).toBe("DE");
    expect(standardizeCountry(" ch ")).toBe("CH");
    expect(standardizeCountry("DEU")).toBe("DE");
    expect(standardizeCountry("nld")).toBe("NL");
  });

  it("keeps an unknown country as typed, upper-cased", () => {
    expect(standardizeCountry("Atlantis")).toBe("ATLANTIS");
    expect(standardizeCountry("xx")).toBe("XX");
    expect(standardizeCountry("ZZZ")).toBe("ZZZ");
  });
});
