import { describe, expect, it } from "vitest";
import { standardizeRecord } from "./record";
import { splitAddressLine } from "./split-address-line";

const parts = (street: string) => {
  const r = standardizeRecord({ organizationName: "Harbor Family Center", street });
  return [r.houseNumber, r.street, r.addressLine2, r.city, r.region, r.postalCode, r.country];
};

describe("a whole address typed into the street", () => {
  it("is taken apart into street, town, state and postcode, US, Canadian, British and continental", () => {
    expect(parts("412 N Oak Ave Apt 3, Springfield, IL 62704")).toEqual(["412", "N Oak Avenue", "Apt 3", "Springfield", "IL", "62704", "US"]);
    expect(parts("412 N Oak Ave, Apt 3, Springfield IL 62704-1234, USA")).toEqual(["412", "N Oak Avenue", "Apt 3", "Springfield", "IL", "62704-1234", "US"]);
    expect(parts("412 N Oak Ave, Springfield, Illinois 62704")).toEqual(["412", "N Oak Avenue", undefined, "Springfield", "Illinois", "62704", "US"]);
    expect(parts("5477 Boehm Rd Ste 920, Chicago, IL 6078B")).toEqual(["5477", "Boehm Road", "Suite 920", "Chicago", "IL", "6078B", "US"]);
    expect(parts("100 King St W, Toronto, ON M5V 3L9")).toEqual(["100", "King Street W", undefined, "Toronto", "ON", "M5V 3L9", "CA"]);
    expect(parts("10 Downing Street, London SW1A 2AA")).toEqual(["10", "Downing Street", undefined, "London", undefined, "SW1A 2AA", "GB"]);
    expect(parts("Hauptstr. 12a, D-10115 Berlin")).toEqual(["12a", "Hauptstraße", undefined, "Berlin", undefined, "10115", undefined]);
    expect(parts("Kerkstraat 12, 3511 AB Utrecht")).toEqual(["12", "Kerkstraat", undefined, "Utrecht", undefined, "3511 AB", "NL"]);
  });

  it("compares as the same address as one given in its own columns", () => {
    const oneLine = standardizeRecord({ firstName: "John", lastName: "Smith", street: "412 N Oak Ave Apt 3, Springfield, IL 62704" });
    const columns = standardizeRecord({ firstName: "John", lastName: "Smith", street: "412 North Oak Avenue", addressLine2: "Apt. 3", city: "Springfield", region: "IL", postalCode: "62704" });
    expect(oneLine).toEqual(columns);
  });

  it("is left as it is when the record has a town or postcode of its own, or the end is no town and postcode", () => {
    const given = { street: "412 N Oak Ave, Springfield, IL 62704", postalCode: "62704" };
    expect(splitAddressLine(given)).toBe(given);
    for (const street of ["Suite 200, 1200 W 41st St", "12 Main St, Springfield", "Route 66, 12345", "Flat 2, 10 Downing Street"]) {
      expect(splitAddressLine({ street }), street).toEqual({ street });
    }
  });
});
