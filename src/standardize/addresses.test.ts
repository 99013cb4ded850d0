import { describe, expect, it } from "vitest";
import { standardizeAddress } from "./addresses";
import { titleCasePlace } from "./places";
import { standardizePostalCode } from "./postal-codes";

describe("standardizeAddress", () => {
  it("splits a house number typed after a German street and writes Straße out", () => {
    expect(standardizeAddress({ street: "Hauptstr. 12a" }, "DE")).toEqual({ street: "Hauptstraße", houseNumber: "12a" });
    expect(standardizeAddress({ street: "Hauptstr.12" })).toEqual({ street: "Hauptstraße", houseNumber: "12" });
    expect(standardizeAddress({ street: "Hauptstrasse 12 a" })).toEqual({ street: "Hauptstraße", houseNumber: "12a" });
    expect(standardizeAddress({ street: "Konrad-Adenauer-Str. 7 - 9" }, "DE")).toEqual({ street: "Konrad-Adenauer-Straße", houseNumber: "7-9" });
    expect(standardizeAddress({ street: "Straße des 17. Juni 135" }, "DE")).toEqual({ street: "Straße des 17. Juni", houseNumber: "135" });
  });

  it("writes strasse in Switzerland, where there is no ß", () => {
    expect(standardizeAddress({ street: "Bahnhofstr. 1" }, "CH")).toEqual({ street: "Bahnhofstrasse", houseNumber: "1" });
  });

  it("splits a house number typed before an English street and writes the street type out", () => {
    expect(standardizeAddress({ street: "12 Main St" }, "US")).toEqual({ street: "Main Street", houseNumber: "12" });
    expect(standardizeAddress({ street: "12, Main Street" })).toEqual({ street: "Main Street", houseNumber: "12" });
    expect(standardizeAddress({ street: "Elm Dr" }, "US")).toEqual({ street: "Elm Drive" });
    expect(standardizeAddress({ street: "Main St NW" }, "US")).toEqual({ street: "Main Street NW" });
    expect(standardizeAddress({ street: "St. John's Rd" }, "GB")).toEqual({ street: "St. John's Road" });
  });

  it("does not take numbers that are part of the street's name", () => {
    expect(standardizeAddress({ street: "5th Avenue" }, "US")).toEqual({ street: "5th Avenue" });
    expect(standardizeAddress({ street: "Route 66" }, "US")).toEqual({ street: "Route 66" });
    expect(standardizeAddress({ street: "Rue du 8 Mai 1945" }, "FR")).toEqual({ street: "Rue du 8 Mai 1945" });
    expect(standardizeAddress({ street: "PO Box 123" }, "US")).toEqual({ street: "PO Box 123" });
  });

  it("keeps a given house number, taking only that same number out of the street", () => {
    expect(standardizeAddress({ street: "Hauptstr. 12", houseNumber: "12" })).toEqual({ street: "Hauptstraße", houseNumber: "12" });
    expect(standardizeAddress({ street: "Hauptstr. 12", houseNumber: "14" })).toEqual({ street: "Hauptstraße 12", houseNumber: "14" });
    expect(standardizeAddress({ houseNumber: "12 A" })).toEqual({ houseNumber: "12A" });
  });

  it("title-cases a street typed in one case, little words kept small", () => {
    expect(standardizeAddress({ street: "UNTER DEN LINDEN 5" }, "DE")).toEqual({ street: "Unter den Linden", houseNumber: "5" });
  });
});

describe("titleCasePlace", () => {
  it("title-cases a city typed in one case and keeps mixed case as written", () => {
    expect(titleCasePlace("FRANKFURT AM MAIN")).toBe("Frankfurt am Main");
    expect(titleCasePlace("newcastle upon tyne")).toBe("Newcastle upon Tyne");
    expect(titleCasePlace("MÜNCHEN")).toBe("München");
    expect(titleCasePlace("Den Haag")).toBe("Den Haag");
  });
});

describe("standardizePostalCode", () => {
  it("upper-cases and collapses spaces", () => {
    expect(standardizePostalCode("  sw1a   1aa ")).toBe("SW1A 1AA");
    expect(standardizePostalCode("12 345", "SE")).toBe("12 345");
  });

  it("puts the space where the post office does in Dutch, British and Canadian codes", () => {
    expect(standardizePostalCode("3511ab", "NL")).toBe("3511 AB");
    expect(standardizePostalCode("sw1a1aa", "GB")).toBe("SW1A 1AA");
    expect(standardizePostalCode("k1a0b1", "CA")).toBe("K1A 0B1");
  });

  it("drops a country prefix that agrees with the record, and gives back a lost leading zero", () => {
    expect(standardizePostalCode("D-10115", "DE")).toBe("10115");
    expect(standardizePostalCode("d - 10115")).toBe("10115");
    expect(standardizePostalCode("CH-8001", "DE")).toBe("CH-8001");
    expect(standardizePostalCode("1067", "DE")).toBe("01067");
    expect(standardizePostalCode("1010", "AT")).toBe("1010");
  });
});
