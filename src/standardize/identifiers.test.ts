import { describe, expect, it } from "vitest";
import { standardizeIdentifier } from "./identifiers";

describe("standardizeIdentifier", () => {
  it("strips spaces, dots, dashes (typographic ones too) and slashes, and upper-cases", () => {
    expect(standardizeIdentifier("12 345.678-x")).toBe("12345678X");
    expect(standardizeIdentifier("de 123/456/789")).toBe("DE123456789");
    expect(standardizeIdentifier("AB–12—34")).toBe("AB1234");
  });

  it("keeps other characters, so distinct identifiers stay distinct", () => {
    expect(standardizeIdentifier("GB#123")).toBe("GB#123");
  });
});
