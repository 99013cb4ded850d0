import { describe, expect, it } from "vitest";
import type { CustomerAttributes } from "@/src/golden/attributes";
import { standardizeRecord } from "@/src/standardize/record";
import { compareAddresses } from "./compare-address";

/** A US address as a source sends it, standardized the way ingest stores it. */
const us = (street: string, city: string, more: CustomerAttributes = {}) => standardizeRecord({ street, city, country: "US", ...more });
const levelOf = (a: CustomerAttributes, b: CustomerAttributes) => compareAddresses(a, b)?.level;

describe("compareAddresses on US streets", () => {
  const zip = { postalCode: "62704" };

  it("finds one house however its compass point and street type are written, or left out", () => {
    const home = us("412 N Oak Ave", "Springfield", zip);
    expect(levelOf(home, us("412 North Oak Avenue", "Springfield", zip))).toBe("exact");
    expect(levelOf(home, us("412 Oak Ave", "Springfield", zip))).toBe("exact");
    expect(levelOf(home, us("412 N Oak", "Springfield", zip))).toBe("exact");
    expect(levelOf(us("120 W 41st", "New York"), us("120 West 41st Street", "New York"))).toBe("exact");
    expect(levelOf(us("350 Fifth Ave", "New York"), us("350 5th Avenue", "New York"))).toBe("exact");
    expect(levelOf(us("120 W 42nd St", "New York"), us("120 W 42 St", "New York"))).toBe("exact");
    expect(levelOf(us("12 Oak Ridge", "Springfield"), us("12 Oak Ridge Rd", "Springfield"))).toBe("exact");
  });

  it("reads another street type on the same name, number and postcode as a slip, not another house", () => {
    expect(levelOf(us("412 Oak St", "Springfield", zip), us("412 Oak Ave", "Springfield", zip))).toBe("otherStreetType");
    expect(levelOf(us("412 Oak St", "Springfield", zip), us("418 Oak Ave", "Springfield", zip))).toBe("samePostalCode");
  });

  it("keeps opposite compass points and other numbered streets apart", () => {
    expect(levelOf(us("412 N Oak Ave", "Springfield", zip), us("412 S Oak Ave", "Springfield", zip))).toBe("samePostalCode");
    expect(levelOf(us("412 5th Ave", "Springfield"), us("412 6th Ave", "Springfield"))).toBe("sameCity");
    expect(levelOf(us("12 Route 66", "Springfield"), us("12 Route 67", "Springfield"))).toBe("sameCity");
  });

  it("does not call a neighbourhood given for its city another address", () => {
    expect(levelOf(us("100 Main St Apt 3", "Brooklyn"), us("100 Main Street", "New York"))).toBe("otherCityName");
    expect(levelOf(us("6801 Hollywood Blvd", "Hollywood", { postalCode: "90028" }), us("6801 Hollywood Blvd", "Los Angeles", { postalCode: "90028" }))).toBe("exact");
    expect(levelOf(us("100 Main St", "Brooklyn", { postalCode: "11201" }), us("100 Main St", "New York", { postalCode: "10001" }))).toBe("different");
    expect(levelOf(us("100 Main St", "Brooklyn"), us("Main St", "New York"))).toBe("different");
  });

  it("reads a ZIP+4 as its five-digit ZIP", () => {
    expect(levelOf(us("350 5th Ave", "New York", { postalCode: "10118-0110" }), us("350 5th Ave", "NYC", { postalCode: "10118" }))).toBe("exact");
  });

  it("shows the house number first, as Americans write it", () => {
    expect(compareAddresses(us("412 N Oak Ave", "Springfield", zip), us("412 Oak Ave", "Springfield"))?.left).toBe("412 N Oak Avenue, 62704 Springfield");
  });
});

describe("compareAddresses elsewhere", () => {
  it("finds the same house under a district's name in Germany too, with no postcode against it", () => {
    const berlin = { street: "Hauptstraße", houseNumber: "12", city: "Berlin", country: "DE" };
    expect(levelOf(berlin, { ...berlin, city: "Charlottenburg" })).toBe("otherCityName");
    expect(levelOf({ ...berlin, postalCode: "10115" }, { ...berlin, city: "Hamburg", postalCode: "20095" })).toBe("different");
  });
});
