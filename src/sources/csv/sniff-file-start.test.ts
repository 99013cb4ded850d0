import { describe, expect, it } from "vitest";
import { sniffFileStart } from "./sniff-file-start";

const bytes = (...b: number[]) => new Uint8Array(b);

describe("sniffFileStart", () => {
  it("names workbooks, UTF-16, gzip and binary files by what they are", () => {
    expect(sniffFileStart(bytes(0x50, 0x4b, 0x03, 0x04, 0x14))).toMatch(/^is a zip archive \(an Excel \.xlsx workbook\?\)/);
    expect(sniffFileStart(bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1))).toMatch(/old Excel \.xls/);
    expect(sniffFileStart(bytes(0xff, 0xfe, 0x49, 0x00))).toMatch(/UTF-16/);
    expect(sniffFileStart(bytes(0x1f, 0x8b, 0x08))).toMatch(/gzip/);
    expect(sniffFileStart(new TextEncoder().encode("Id,Name\u0000\n"))).toMatch(/NUL bytes/);
  });

  it("lets text through, a UTF-8 BOM and Windows-1252 bytes included", () => {
    expect(sniffFileStart(new TextEncoder().encode("\uFEFFId;Name\n1;Jörg\n"))).toBeNull();
    expect(sniffFileStart(bytes(0x49, 0x64, 0x3b, 0x4e, 0xfc, 0x0a))).toBeNull();
    expect(sniffFileStart(bytes())).toBeNull();
  });
});
