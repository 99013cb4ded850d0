import { describe, expect, it } from "vitest";
import { isUsableEmail, standardizeEmail } from "./emails";
import { standardizeRecord } from "./record";

describe("standardizeEmail", () => {
  it("lower-cases and trims", () => {
    expect(standardizeEmail("  Anna.Schmidt@Example.DE ")).toBe("anna.schmidt@example.de");
  });

  it("keeps an invalid email as typed (lower-cased) rather than dropping it", () => {
    expect(standardizeRecord({ email: "Anna at Example" }).email).toBe("anna at example");
  });
});

describe("isUsableEmail", () => {
  it("accepts ordinary addresses", () => {
    expect(isUsableEmail("a@b.de")).toBe(true);
    expect(isUsableEmail("anna.o'neil+crm@mail.example.co.uk")).toBe(true);
  });

  it("refuses what cannot be an address: no @, two @, spaces, no dotted domain, empty dots", () => {
    for (const email of ["anna", "a@@b.de", "a b@x.de", "a@b", "a@b..de", "a@.de", "@b.de", "", null, undefined]) {
      expect(isUsableEmail(email), String(email)).toBe(false);
    }
    expect(isUsableEmail(`${"a".repeat(250)}@b.de`)).toBe(false);
  });

  it("refuses placeholders many customers share", () => {
    expect(isUsableEmail("noemail@example.com")).toBe(false);
    expect(isUsableEmail("No-Reply@shop.de")).toBe(false);
    expect(isUsableEmail("nobody@example.com")).toBe(true);
  });
});
