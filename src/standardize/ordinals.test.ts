import { describe, expect, it } from "vitest";
import { ordinalOf } from "./ordinals";

describe("ordinalOf", () => {
  it("writes ordinal words in figures and mends a wrong suffix", () => {
    expect(ordinalOf("Fifth")).toBe("5th");
    expect(ordinalOf("twenty-second")).toBe("22nd");
    expect(ordinalOf("Eleventh")).toBe("11th");
    expect(ordinalOf("2th")).toBe("2nd");
    expect(ordinalOf("113rd")).toBe("113th");
    expect(ordinalOf("Main")).toBeUndefined();
  });
});
