import { describe, expect, it } from "vitest";
import { visibleText } from "./visible-text";

describe("visibleText", () => {
  it("shows control characters, line breaks, tabs and invisible marks instead of hiding them", () => {
    expect(visibleText("Nu\u0000l\u007F")).toBe("Nu␀l␡");
    expect(visibleText("Haupt\r\nstraße\t5")).toBe("Haupt↵straße⇥5");
    expect(visibleText("\u202Eevil\u200B")).toBe("⟨U+202E⟩evil⟨U+200B⟩");
  });

  it("leaves ordinary text in any script alone", () => {
    expect(visibleText("Ødegård · محمد · 山田")).toBe("Ødegård · محمد · 山田");
  });
});
