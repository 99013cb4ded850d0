import { describe, expect, it } from "vitest";
import type { CustomerAttributes } from "@/src/golden/attributes";
import { createFakers } from "./locales";
import { usAddressCorruptions } from "./us-address-corruptions";
import { usPlaces } from "./us-places";

const { byCountry } = createFakers(6);
const ctx = { f: byCountry.US, country: "US" as const };
const apply = (kind: string, a: CustomerAttributes) => usAddressCorruptions.find((c) => c.kind === kind)!.apply(a, ctx);
const many = (kind: string, a: CustomerAttributes) => new Set(Array.from({ length: 60 }, () => apply(kind, a)?.street ?? apply(kind, a)?.city));

describe("usAddressCorruptions", () => {
  const home: CustomerAttributes = { street: "N Oak Ave", houseNumber: "412", addressLine2: "Apt 3", city: "New York", region: "NY", postalCode: "10012", country: "US" };

  it("spells the directional out or leaves it off", () => {
    expect(many("us:directional", home)).toEqual(new Set(["North Oak Ave", "Oak Ave"]));
    expect(apply("us:directional", { ...home, street: "Oak Ave" })).toBeNull();
  });

  it("writes ordinals as words or digits", () => {
    expect(apply("us:ordinal", { ...home, street: "W 5th St" })?.street).toBe("W Fifth St");
    expect(apply("us:ordinal", { ...home, street: "Fifth Avenue" })?.street).toBe("5th Avenue");
    expect(apply("us:ordinal", { ...home, street: "42nd St" })?.street).toBe("42 St");
    expect(apply("us:ordinal", home)).toBeNull();
  });

  it("leaves the street type off, or writes another", () => {
    expect(apply("us:street-type-missing", home)?.street).toBe("N Oak");
    for (let i = 0; i < 20; i++) {
      const other = apply("us:street-type-other", home)?.street ?? "";
      expect(other).toMatch(/^N Oak \S+$/);
      expect(["N Oak Ave", "N Oak Avenue"]).not.toContain(other);
    }
  });

  it("respells the unit, types it onto the street line, or drops it", () => {
    const seen = new Set<string>();
    for (let i = 0; i < 60; i++) {
      const out = apply("us:unit", home)!;
      const how = out.addressLine2 ? "respelled" : out.street !== home.street ? "on street line" : "dropped";
      seen.add(how);
      if (how === "respelled") expect(out.addressLine2).toMatch(/^(Apt\. 3|Apartment 3|Unit 3|#3)$/);
      if (how === "on street line") expect(out.street).toMatch(/^N Oak Ave (Apt 3|Apt\. 3|Apartment 3|Unit 3|#3)$/);
    }
    expect(seen).toEqual(new Set(["respelled", "on street line", "dropped"]));
  });

  it("writes a real neighbourhood of the city for the city, and the city for a neighbourhood", () => {
    expect(usPlaces.find((p) => p.city === "New York")!.neighbourhoods).toContain(apply("us:neighbourhood-for-city", home)?.city);
    expect(apply("us:neighbourhood-for-city", { ...home, city: "Hollywood" })?.city).toBe("Los Angeles");
    expect(apply("us:neighbourhood-for-city", { ...home, city: "Springfield" })).toBeNull();
  });
});
