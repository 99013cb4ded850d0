import { describe, expect, it } from "vitest";
import { isUsableEmail, personalMailboxOf, standardizeEmail } from "./emails";
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

describe("personalMailboxOf", () => {
  it("names the mailbox of a person, whatever the provider", () => {
    expect(personalMailboxOf("anna.meyer@gmx.de")).toBe("anna.meyer");
    expect(personalMailboxOf("Anna.Meyer@WEB.de")).toBe("anna.meyer");
  });

  it("gives nothing for shared role mailboxes, short names, placeholders and non-addresses", () => {
    for (const email of ["info@acme.de", "Kontakt@baeckerei.de", "bob@x.de", "noemail@example.com", "anna.meyer", "", null]) {
      expect(personalMailboxOf(email), String(email)).toBeNull();
    }
  });
});
