import { describe, expect, it } from "vitest";
import { pathDeeperThan } from "./nesting-depth";
import { storableJson, storableText, unsafeCharacterProblem } from "./unsafe-characters";

describe("unsafeCharacterProblem", () => {
  it("names NUL, lone surrogates, U+FFFD and control characters with where they are", () => {
    expect(unsafeCharacterProblem("Ann\u0000a")).toBe("contains a NUL character (U+0000) at character 4; text never holds one");
    expect(unsafeCharacterProblem("\uD800x")).toBe("contains a lone UTF-16 surrogate (U+D800) at character 1, which is not valid Unicode");
    expect(unsafeCharacterProblem("x\uDC00")).toContain("lone UTF-16 surrogate (U+DC00) at character 2");
    expect(unsafeCharacterProblem("M\uFFFDller")).toContain("not valid UTF-8");
    expect(unsafeCharacterProblem("a\u0007b")).toBe("contains the control character U+0007 at character 2");
    expect(unsafeCharacterProblem("a\u007Fb")).toBe("contains the control character U+007F at character 2");
  });

  it("lets C1 controls through, because in customer data they are mojibake that standardizing repairs", () => {
    expect(unsafeCharacterProblem("\u00C3\u0096mer")).toBeNull();
  });

  it("accepts ordinary text: tabs and line breaks, paired surrogates, every script", () => {
    for (const ok of ["Anna Meyer", "Hauptstr. 1\r\nHinterhaus", "a\tb", "😀 emoji", "Иван", "می\u200Cخواهم", "\u202Eoverride"]) {
      expect(unsafeCharacterProblem(ok), ok).toBeNull();
    }
  });
});

describe("storableJson", () => {
  it("writes out NUL and lone surrogates in keys and values, and leaves everything else", () => {
    const payload = { externalId: "X\u0000", attributes: { ["k\uD800"]: "v\uDFFF", n: 1, ok: "😀", list: [null, true, "\u0000"] } };
    expect(storableJson(payload)).toEqual({
      externalId: "X\\u0000",
      attributes: { "k\\ud800": "v\\udfff", n: 1, ok: "😀", list: [null, true, "\\u0000"] },
    });
    expect(storableText("plain")).toBe("plain");
  });

  it("cuts off nesting deep enough to overflow serializing", () => {
    let deep: unknown = "bottom";
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const stored = storableJson({ deep });
    expect(() => JSON.stringify(stored)).not.toThrow();
    expect(JSON.stringify(stored)).toContain("nested deeper than 32 levels");
  });
});

describe("pathDeeperThan", () => {
  it("finds the first value nested too deep without recursing, and nothing in a shallow batch", () => {
    let deep: unknown = {};
    for (let i = 0; i < 1_000_000; i++) deep = { a: deep };
    expect(pathDeeperThan({ records: [{ externalId: "1", attributes: {} }, deep] }, 32)?.slice(0, 3)).toEqual(["records", "1", "a"]);
    expect(pathDeeperThan({ records: [{ externalId: "1", attributes: { city: "x" } }] }, 4)).toBeNull();
    expect(pathDeeperThan({ records: [{ externalId: "1", attributes: { city: ["x"] } }] }, 4)).toEqual(["records", "0", "attributes", "city"]);
    expect(pathDeeperThan("text", 0)).toBeNull();
  });
});
