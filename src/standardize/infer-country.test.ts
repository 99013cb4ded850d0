import { describe, expect, it } from "vitest";
import { inferCountry } from "./infer-country";
import { standardizeRecord } from "./record";

describe("a record that names no country", () => {
  it("is placed by its state with a postcode of that country's shape, by a postcode only one country writes, or by an international phone", () => {
    const cases: [Record<string, string>, string | undefined][] = [
      [{ region: "IL", postalCode: "62704" }, "US"],
      [{ region: "Illinois" }, "US"],
      [{ region: "N.Y.", postalCode: "10001-2345" }, "US"],
      [{ region: "MA", postalCode: "2192" }, "US"],
      [{ region: "WA", postalCode: "98101" }, "US"],
      [{ region: "WA", postalCode: "6000" }, "AU"],
      [{ region: "nsw", postalCode: "2000" }, "AU"],
      [{ region: "ON", postalCode: "M5V 3L9" }, "CA"],
      [{ region: "WA" }, undefined],
      [{ region: "IL", postalCode: "SW1A 1AA" }, "GB"],
      [{ postalCode: "sw1a 1aa" }, "GB"],
      [{ postalCode: "3511 AB" }, "NL"],
      [{ postalCode: "62704-1234" }, "US"],
      [{ postalCode: "10115" }, undefined],
      [{ phone: "+49 30 1234567" }, "DE"],
      [{ phone: "0033 1 42 68 53 00" }, "FR"],
      [{ phone: "(217) 555-0134" }, undefined],
      [{ phone: "+46 12" }, undefined],
      [{}, undefined],
    ];
    for (const [record, country] of cases) expect(inferCountry(record), JSON.stringify(record)).toBe(country);
  });

  it("has its US street line, phone and country read as a US record's are when its state says it is in the US", () => {
    const withoutCountry = standardizeRecord({ street: "412 N. Oak Ave Apt 3", city: "Springfield", region: "IL", postalCode: "62704", phone: "(217) 555-0134" });
    const withCountry = standardizeRecord({ street: "412 North Oak Avenue, Apt. 3", city: "Springfield", region: "IL", postalCode: "62704", phone: "217.555.0134", country: "USA" });
    expect(withoutCountry).toEqual(withCountry);
    expect(withoutCountry).toMatchObject({ country: "US", houseNumber: "412", street: "N Oak Avenue", addressLine2: "Apt 3", phone: "+12175550134" });
  });

  it("keeps the country a record gives over any the values suggest", () => {
    expect(standardizeRecord({ country: "DE", region: "IL", postalCode: "62704" }).country).toBe("DE");
  });

  it("with nothing to place it, reads a line that begins with a number house number first, and a lone letter after it as the street's", () => {
    expect(standardizeRecord({ street: "412 N Oak Ave #3" })).toMatchObject({ houseNumber: "412", street: "N Oak Ave #3" });
    expect(standardizeRecord({ street: "12a High Street" })).toMatchObject({ houseNumber: "12a", street: "High Street" });
    expect(standardizeRecord({ street: "Hauptstr. 12a" })).toMatchObject({ houseNumber: "12a", street: "Hauptstraße" });
    expect(standardizeRecord({ street: "Kerkstraat 12" })).toMatchObject({ houseNumber: "12", street: "Kerkstraat" });
  });
});
