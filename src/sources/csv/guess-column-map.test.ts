import { describe, expect, it } from "vitest";
import { guessAttribute, guessColumnMap, normalizeHeader } from "./guess-column-map";

describe("guessAttribute", () => {
  it.each([
    ["E-mail", "email"],
    ["  E-Mail-Adresse ", "email"],
    ["Nachname", "lastName"],
    ["Vorname", "firstName"],
    ["PLZ", "postalCode"],
    ["Zip", "postalCode"],
    ["ZIP code", "postalCode"],
    ["Phone number", "phone"],
    ["Telefonnummer", "phone"],
    ["Company", "organizationName"],
    ["Firmenname", "organizationName"],
    ["Straße", "street"],
    ["Hausnummer", "houseNumber"],
    ["Ort", "city"],
    ["Geb.-Datum", "dateOfBirth"],
    ["Land", "country"],
    ["USt-IdNr.", "taxId"],
    ["firstName", "firstName"],
    ["postalCode", "postalCode"],
    ["Prénom", "firstName"],
  ])("names %j as %s outright", (header, attribute) => {
    expect(guessAttribute(header)).toEqual({ attribute, exact: true });
  });

  it.each([
    ["Billing ZIP", "postalCode"],
    ["Contact first name", "firstName"],
    ["Private E-Mail", "email"],
    ["Mobile number", "phone"],
    ["Tel. privat", "phone"],
    ["Birthdate (YYYY-MM-DD)", "dateOfBirth"],
  ])("finds %j as %s by a telltale word", (header, attribute) => {
    expect(guessAttribute(header)).toEqual({ attribute, exact: false });
  });

  it("leaves keys, free text and words that name several things alone", () => {
    for (const header of ["Company ID", "Account number", "Customer number", "Notes", "Mailing list opt-in", "Geburtsort", "", "  ", "???"]) {
      expect(guessAttribute(header), header).toBeNull();
    }
  });
});

describe("guessColumnMap", () => {
  it("maps a German export and finds its key column", () => {
    expect(guessColumnMap(["Kundennummer", "Vorname", "Nachname", "E-Mail", "PLZ", "Ort", "Bemerkung"])).toEqual({
      attributes: [null, "firstName", "lastName", "email", "postalCode", "city", null],
      idColumn: 0,
    });
  });

  it("gives an attribute to one column only: the one naming it outright, else the first", () => {
    expect(guessColumnMap(["Private E-Mail", "Email", "Work e-mail"]).attributes).toEqual([null, "email", null]);
    expect(guessColumnMap(["Phone", "Telefon"]).attributes).toEqual(["phone", null]);
  });

  it("takes an id column only when it names no attribute, and numbers rows when there is none", () => {
    expect(guessColumnMap(["Tax ID", "Company ID", "Name"])).toEqual({ attributes: ["taxId", null, "fullName"], idColumn: 1 });
    expect(guessColumnMap(["First", "Last"]).idColumn).toBeNull();
  });
});

describe("normalizeHeader", () => {
  it("splits camelCase, drops accents and punctuation, and spells ß as ss", () => {
    expect(normalizeHeader(" Straße/Nr. ")).toBe("strasse nr");
    expect(normalizeHeader("dateOfBirth")).toBe("date of birth");
    expect(normalizeHeader("Téléphone")).toBe("telephone");
  });
});
