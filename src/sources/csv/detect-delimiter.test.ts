import { describe, expect, it } from "vitest";
import { detectDelimiter, firstLineOf } from "./detect-delimiter";

describe("detectDelimiter", () => {
  it("finds comma, semicolon and tab by counting them outside quotes", () => {
    expect(detectDelimiter("Id,First,Last,Mail")).toBe(",");
    expect(detectDelimiter("Kundennr;Vorname;Nachname;PLZ")).toBe(";");
    expect(detectDelimiter("Id\tFirst\tLast")).toBe("\t");
    expect(detectDelimiter('"Name, first";"Name, last";Mail')).toBe(";");
  });

  it("falls back to comma for one column or a tie, as files were read before detection", () => {
    expect(detectDelimiter("Email")).toBe(",");
    expect(detectDelimiter("a,b;c")).toBe(",");
    expect(detectDelimiter("")).toBe(",");
  });
});

describe("firstLineOf", () => {
  it("cuts at the first line break outside quotes and drops a BOM", () => {
    expect(firstLineOf("\uFEFFa;b\r\n1;2\n")).toBe("a;b");
    expect(firstLineOf('"multi\nline";b\n1;2')).toBe('"multi\nline";b');
    expect(firstLineOf("only a header")).toBe("only a header");
  });
});
