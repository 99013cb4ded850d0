import { describe, expect, it } from "vitest";
import { standardizeDate } from "./dates";
import { matchNameOf } from "./match-name";
import { standardizePhone } from "./phones";
import { standardizeRecord } from "./record";
import { titleCase } from "./text";

describe("standardizeRecord", () => {
  it("drops empty and whitespace-only values so they never compete with real ones", () => {
    const out = standardizeRecord({ firstName: "", lastName: "   ", email: "\t\n", city: " Köln " });
    expect(out).toEqual({ city: "Köln" });
  });

  it("trims and collapses inner whitespace", () => {
    expect(standardizeRecord({ street: "  Unter   den \t Linden  " }).street).toBe("Unter den Linden");
  });

  it("composes Unicode to NFC so the same accented name is stored the same way", () => {
    const decomposed = "Jose\u0301 Garci\u0301a";
    const out = standardizeRecord({ fullName: decomposed });
    expect(out.fullName).toBe("Jos\u00e9 Garc\u00eda");
    expect(out.fullName).toHaveLength(11);
  });

  it("title-cases names typed all in capitals or all in lower case, accents included", () => {
    const out = standardizeRecord({ firstName: "ÉLODIE", lastName: "o'neil-smith", city: "MÜNCHEN" });
    expect(out).toEqual({ firstName: "Élodie", lastName: "O'Neil-Smith", city: "München" });
  });

  it("leaves a name typed in mixed case alone, keeping spellings like McDonald and van der Berg", () => {
    expect(standardizeRecord({ lastName: "McDonald", fullName: "Anna van der Berg" })).toEqual({
      lastName: "McDonald",
      fullName: "Anna van der Berg",
    });
  });

  it("keeps numbers in names and does not capitalise the letter after a digit", () => {
    expect(titleCase("JOHN SMITH 3RD")).toBe("John Smith 3rd");
    expect(standardizeRecord({ organizationName: "4711 GmbH" }).organizationName).toBe("4711 GmbH");
  });

  it("keeps a very long value whole", () => {
    const long = `${"a".repeat(300)} ${"b".repeat(199)}`;
    expect(standardizeRecord({ addressLine2: long }).addressLine2).toBe(long);
  });

  it("lower-cases email and upper-cases country, postcode and identifiers", () => {
    const out = standardizeRecord({
      email: " Anna.Schmidt@Example.DE ",
      country: "de",
      postalCode: "sw1a 1aa",
      nationalId: "12 345.678-x",
      taxId: "de 123/456/789",
    });
    expect(out).toEqual({
      email: "anna.schmidt@example.de",
      country: "DE",
      postalCode: "SW1A 1AA",
      nationalId: "12345678X",
      taxId: "DE123456789",
    });
  });

  it("formats a local phone number in E.164 using the record's country, even typed in lower case", () => {
    expect(standardizeRecord({ phone: "030 12345678", country: "de" }).phone).toBe("+493012345678");
    expect(standardizeRecord({ phone: "0151 2345 6789", country: "DE" }).phone).toBe("+4915123456789");
    expect(standardizeRecord({ phone: "(020) 7946 0018", country: "GB" }).phone).toBe("+442079460018");
  });

  it("reads an international number whatever the record's country", () => {
    expect(standardizeRecord({ phone: "+49 (30) 1234-5678", country: "FR" }).phone).toBe("+493012345678");
  });

  it("keeps an invalid or unplaceable phone as its digits rather than inventing a number", () => {
    expect(standardizePhone("12-34")).toBe("1234");
    expect(standardizeRecord({ phone: "030 12345678" }).phone).toBe("03012345678");
    expect(standardizeRecord({ phone: "030 12345678", country: "Atlantis" }).phone).toBe("03012345678");
  });

  it("places a local phone by the country however the country is spelled", () => {
    expect(standardizeRecord({ phone: "030 12345678", country: "Germany" })).toEqual({ phone: "+493012345678", country: "DE" });
    expect(standardizeRecord({ phone: "030 12345678", country: "DEU" }).phone).toBe("+493012345678");
  });

  it("standardizes the date of birth in the record", () => {
    expect(standardizeRecord({ dateOfBirth: " 07.03.1985 " }).dateOfBirth).toBe("1985-03-07");
  });
});

describe("standardizeDate", () => {
  it("reads ISO, YYYYMMDD, DD.MM.YYYY and D/M/YYYY into YYYY-MM-DD", () => {
    expect(standardizeDate("1985-03-07")).toBe("1985-03-07");
    expect(standardizeDate("1985-03-07T00:00:00Z")).toBe("1985-03-07");
    expect(standardizeDate("19850307")).toBe("1985-03-07");
    expect(standardizeDate("07.03.1985")).toBe("1985-03-07");
    expect(standardizeDate("7.3.1985")).toBe("1985-03-07");
    expect(standardizeDate("7/3/1985")).toBe("1985-03-07");
  });

  it("keeps an unreadable date as typed", () => {
    expect(standardizeDate("March 7th")).toBe("March 7th");
    expect(standardizeDate("7.3.85")).toBe("7.3.85");
  });
});

describe("matchNameOf", () => {
  it("folds accents, case and punctuation so spellings of one name block together", () => {
    expect(matchNameOf({ firstName: "José", lastName: "Müller-Lüdenscheidt" })).toBe("jose muller ludenscheidt");
    expect(matchNameOf({ firstName: "JOSE", lastName: "muller ludenscheidt" })).toBe("jose muller ludenscheidt");
  });

  it("prefers the organization, then first and last name, then the full name", () => {
    expect(matchNameOf({ organizationName: "ACME GmbH & Co. KG", firstName: "Anna" })).toBe("acme");
    expect(matchNameOf({ lastName: "Schmidt", fullName: "Dr. Anna Schmidt" })).toBe("schmidt");
    expect(matchNameOf({ fullName: "Dr. Anna Schmidt" })).toBe("anna schmidt");
  });

  it("keeps digits and gives null when there is no name, or nothing but punctuation", () => {
    expect(matchNameOf({ organizationName: "3M Deutschland" })).toBe("3m deutschland");
    expect(matchNameOf({ email: "a@b.de" })).toBeNull();
    expect(matchNameOf({ organizationName: "--!!--" })).toBeNull();
  });

  it("moves a unit typed into a US street line into addressLine2, after any line the source sent", () => {
    const out = standardizeRecord({ street: "100 Main St Apt 3", addressLine2: "Building C", country: "US" });
    expect(out).toMatchObject({ street: "Main Street", houseNumber: "100", addressLine2: "Building C, Apt 3" });
    expect(standardizeRecord({ street: "412 North Oak Ave.", country: "US" })).toMatchObject({ street: "N Oak Avenue", houseNumber: "412" });
  });
});
