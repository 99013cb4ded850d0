import { describe, expect, it } from "vitest";
import { standardizePhone } from "./phones";

describe("standardizePhone", () => {
  it("reads a local number in the country given in any spelling", () => {
    for (const country of ["DE", "de", "DEU", "Germany", "Deutschland"]) {
      expect(standardizePhone("030 12345678", country), country).toBe("+493012345678");
    }
    expect(standardizePhone("(212) 555-0199", "United States")).toBe("+12125550199");
  });

  it("reads 00 as the international prefix, with or without a country", () => {
    expect(standardizePhone("0049 30 12345678")).toBe("+493012345678");
    expect(standardizePhone("0049 30 12345678", "DE")).toBe("+493012345678");
  });

  it("drops an extension and ignores the country for a number written internationally", () => {
    expect(standardizePhone("+49 30 1234 5678 ext. 12", "FR")).toBe("+493012345678");
  });

  it("keeps digits when the number cannot be placed or is invalid", () => {
    expect(standardizePhone("030 12345678")).toBe("03012345678");
    expect(standardizePhone("030 12345678", "Atlantis")).toBe("03012345678");
    expect(standardizePhone("12-3", "US")).toBe("123");
    expect(standardizePhone("call me")).toBe("");
  });
});
