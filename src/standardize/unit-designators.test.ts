import { describe, expect, it } from "vitest";
import { standardizeUnit, takeUnit } from "./unit-designators";

describe("standardizeUnit", () => {
  it("spells each kind of unit one way", () => {
    expect(standardizeUnit("Apartment 3b")).toBe("Apt 3B");
    expect(standardizeUnit("APT. #12")).toBe("Apt 12");
    expect(standardizeUnit("Ste. 200")).toBe("Suite 200");
    expect(standardizeUnit("STE 200")).toBe("Suite 200");
    expect(standardizeUnit("# 5")).toBe("#5");
    expect(standardizeUnit("2nd Fl")).toBe("Floor 2");
    expect(standardizeUnit("Bldg C")).toBe("Building C");
  });

  it("keeps a line that is more than a unit as written", () => {
    expect(standardizeUnit("c/o Jane Doe")).toBe("c/o Jane Doe");
    expect(standardizeUnit("Building C, Rear")).toBe("Building C, Rear");
  });
});

describe("takeUnit", () => {
  it("leaves a line with nothing but a unit alone, so no street is lost", () => {
    expect(takeUnit("Apt 3")).toEqual({ street: "Apt 3" });
  });
});
