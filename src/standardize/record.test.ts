import { describe, expect, it } from "vitest";
import { standardizeRecord } from "./record";

describe("standardizeRecord", () => {
  it("brings a messy record to one shape", () => {
    const out = standardizeRecord({
      fullName: " DR. ANNA MARIA SCHMIDT ",
      street: "hauptstr. 12a",
      city: "FRANKFURT AM MAIN",
      country: "Deutschland",
      postalCode: "d-60311",
      phone: "069 1234567",
      dateOfBirth: "12. März 1980",
      email: " Anna@Example.DE",
      taxId: "de 123/456/789",
    });
    expect(out).toEqual({
      fullName: "Anna Maria Schmidt",
      firstName: "Anna Maria",
      lastName: "Schmidt",
      street: "Hauptstraße",
      houseNumber: "12a",
      city: "Frankfurt am Main",
      country: "DE",
      postalCode: "60311",
      phone: "+49691234567",
      dateOfBirth: "1980-03-12",
      email: "anna@example.de",
      taxId: "DE123456789",
    });
  });

  it("splits a lone full name but never overrides first or last name a source gave", () => {
    expect(standardizeRecord({ fullName: "Schmidt, Anna" })).toMatchObject({ firstName: "Anna", lastName: "Schmidt" });
    expect(standardizeRecord({ fullName: "Anna Schmidt", lastName: "Schmitt" })).toEqual({ fullName: "Anna Schmidt", lastName: "Schmitt" });
    expect(standardizeRecord({ fullName: "Madonna" })).toEqual({ fullName: "Madonna" });
  });

  it("drops values that standardize to nothing", () => {
    expect(standardizeRecord({ nationalId: " - / - ", street: "   ", houseNumber: "" })).toEqual({});
  });

  it("uses the standardized country for postcodes as for phones", () => {
    expect(standardizeRecord({ postalCode: "3511ab", country: "Nederland" })).toEqual({ postalCode: "3511 AB", country: "NL" });
  });

  it("keeps what it cannot read as typed", () => {
    expect(standardizeRecord({ dateOfBirth: "31.02.1990", country: "atlantis" })).toEqual({ dateOfBirth: "31.02.1990", country: "ATLANTIS" });
  });

  it("copes with very long values of every kind, keeping what it cannot read", () => {
    const long = `a${" 1".repeat(249)}`;
    const out = standardizeRecord({ street: long, dateOfBirth: long, email: long, postalCode: long, fullName: long });
    expect(out.dateOfBirth).toBe(long);
    expect(out.email).toBe(long);
    expect(out.fullName).toBe(`A${" 1".repeat(249)}`);
  });
});

describe("mojibake", () => {
  it("reads UTF-8 stored as Latin-1 letters back as the name meant, and drops stray C1 controls", () => {
    expect(standardizeRecord({ firstName: "\u00C3\u0096mer", lastName: "M\u00C3\u00BCller", city: "K\u00C3\u00B6ln" })).toMatchObject({ firstName: "Ömer", lastName: "Müller", city: "Köln" });
    expect(standardizeRecord({ lastName: "Zo\u00EB\u0085" })).toMatchObject({ lastName: "Zoë" });
    expect(standardizeRecord({ lastName: "Müller", city: "Straße" })).toMatchObject({ lastName: "Müller" });
  });
});
