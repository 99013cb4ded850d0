import { describe, expect, it } from "vitest";
import { standardizeAddress } from "./addresses";

const us = (street: string, more: { houseNumber?: string; addressLine2?: string } = {}) => standardizeAddress({ street, ...more }, "US");

describe("standardizeAddress in the US and Canada", () => {
  it("writes one street the same however its compass point and type are spelt", () => {
    const expected = { street: "N Oak Avenue", houseNumber: "412" };
    expect(us("412 N Oak Ave")).toEqual(expected);
    expect(us("412 N. Oak Ave")).toEqual(expected);
    expect(us("412 North Oak Avenue")).toEqual(expected);
    expect(us("412 NORTH OAK AVE")).toEqual(expected);
    expect(us("1600 Pennsylvania Ave. Northwest")).toEqual({ street: "Pennsylvania Avenue NW", houseNumber: "1600" });
    expect(us("412 Oak Ave S")).toEqual({ street: "Oak Avenue S", houseNumber: "412" });
  });

  it("never takes a compass letter after a space into the house number, but keeps a letter joined to it", () => {
    expect(us("412 N Oak")).toEqual({ street: "N Oak", houseNumber: "412" });
    expect(us("412B Oak Ave")).toEqual({ street: "Oak Avenue", houseNumber: "412B" });
    expect(us("412-B Oak Ave")).toEqual({ street: "Oak Avenue", houseNumber: "412B" });
    expect(us("Oak Ave", { houseNumber: "412 N" })).toEqual({ street: "N Oak Avenue", houseNumber: "412" });
  });

  it("keeps a compass word or letter that is the street's own name", () => {
    expect(us("22 North Ave")).toEqual({ street: "North Avenue", houseNumber: "22" });
    expect(us("1234 N ST NW")).toEqual({ street: "N Street NW", houseNumber: "1234" });
    expect(us("101 Avenue N")).toEqual({ street: "Avenue N", houseNumber: "101" });
  });

  it("writes numbered streets in figures, before or after the compass point", () => {
    expect(us("350 Fifth Avenue")).toEqual({ street: "5th Avenue", houseNumber: "350" });
    expect(us("1 Forty-First St")).toEqual({ street: "41st Street", houseNumber: "1" });
    expect(us("412 NE 41ST ST")).toEqual({ street: "NE 41st Street", houseNumber: "412" });
    expect(us("N 5th St")).toEqual({ street: "N 5th Street" });
    expect(us("5th St N")).toEqual({ street: "5th Street N" });
  });

  it("moves an apartment or suite out of the street into addressLine2, spelt one way", () => {
    const main = { street: "Main Street", houseNumber: "100" };
    expect(us("100 Main St Apt 3")).toEqual({ ...main, addressLine2: "Apt 3" });
    expect(us("100 Main St, Apartment #3")).toEqual({ ...main, addressLine2: "Apt 3" });
    expect(us("100 Main St Ste. 200")).toEqual({ ...main, addressLine2: "Suite 200" });
    expect(us("Suite 200, 100 Main St")).toEqual({ ...main, addressLine2: "Suite 200" });
    expect(us("100 Main St #5")).toEqual({ ...main, addressLine2: "#5" });
    expect(us("100 Main St unit b")).toEqual({ ...main, addressLine2: "Unit B" });
    expect(us("55 Main Street 3rd Floor")).toEqual({ street: "Main Street", houseNumber: "55", addressLine2: "Floor 3" });
    expect(us("4200 Wisconsin Ave NW Apt 106-250")).toEqual({ street: "Wisconsin Avenue NW", houseNumber: "4200", addressLine2: "Apt 106-250" });
  });

  it("spells a unit given in addressLine2 the same way, and keeps it once when the street repeats it", () => {
    expect(us("100 Main St", { addressLine2: "Ste 200" })).toEqual({ street: "Main Street", houseNumber: "100", addressLine2: "Suite 200" });
    expect(us("100 Main St Apt 3", { addressLine2: "apt. 3" })).toEqual({ street: "Main Street", houseNumber: "100", addressLine2: "Apt 3" });
    expect(us("100 Main St Apt 3", { addressLine2: "Building C" })).toEqual({ street: "Main Street", houseNumber: "100", addressLine2: "Building C, Apt 3" });
    expect(us("100 Main St", { addressLine2: "c/o Jane Doe" }).addressLine2).toBe("c/o Jane Doe");
  });

  it("does not read a street named like a unit as one", () => {
    expect(us("123 Lot Rd")).toEqual({ street: "Lot Road", houseNumber: "123" });
    expect(us("9 Pier Ave")).toEqual({ street: "Pier Avenue", houseNumber: "9" });
  });

  it("keeps numbered roads, half numbers, Queens numbers and post-office boxes whole", () => {
    expect(us("12345 Highway 99")).toEqual({ street: "Highway 99", houseNumber: "12345" });
    expect(us("2200 US Hwy 1")).toEqual({ street: "US Highway 1", houseNumber: "2200" });
    expect(us("10 Co Rd 12")).toEqual({ street: "County Road 12", houseNumber: "10" });
    expect(us("123 1/2 Main St")).toEqual({ street: "Main Street", houseNumber: "123 1/2" });
    expect(us("123-45 Queens Blvd")).toEqual({ street: "Queens Boulevard", houseNumber: "123-45" });
    expect(us("P.O. Box 4567")).toEqual({ street: "PO Box 4567" });
    expect(us("77 Avenue of the Americas")).toEqual({ street: "Avenue of the Americas", houseNumber: "77" });
  });

  it("reads a Canadian unit written before the civic number", () => {
    expect(standardizeAddress({ street: "3-412 Oak Ave" }, "CA")).toEqual({ street: "Oak Avenue", houseNumber: "412", addressLine2: "Unit 3" });
    expect(standardizeAddress({ street: "123-45 Queens Blvd" }, "US").houseNumber).toBe("123-45");
  });

  it("leaves addressLine2 to other countries as written", () => {
    expect(standardizeAddress({ street: "Hauptstr. 12", addressLine2: "Hinterhaus" }, "DE")).toEqual({ street: "Hauptstraße", houseNumber: "12" });
  });
});
