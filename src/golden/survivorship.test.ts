import { describe, expect, it } from "vitest";
import type { CustomerAttributes } from "./attributes";
import { survive, type Contributor } from "./survivorship";

function contributor(
  source: string,
  priority: number,
  updatedAt: string,
  attributes: CustomerAttributes,
): Contributor {
  return {
    sourceRecordId: `sr-${source}`,
    source,
    externalId: `${source}-42`,
    priority,
    sourceUpdatedAt: new Date(updatedAt),
    attributes,
  };
}

describe("survive", () => {
  it("takes each value from the higher-priority source, whatever the order given", () => {
    const erp = contributor("erp", 10, "2024-01-01T00:00:00Z", { email: "erp@example.de", phone: "+491111" });
    const crm = contributor("crm", 5, "2025-06-01T00:00:00Z", { email: "crm@example.de", taxId: "DE123" });
    for (const list of [[erp, crm], [crm, erp]]) {
      const { attributes } = survive(list);
      expect(attributes).toEqual({ email: "erp@example.de", phone: "+491111", taxId: "DE123" });
    }
  });

  it("gives a tie in priority to the most recently updated record", () => {
    const older = contributor("shop", 5, "2024-01-01T00:00:00Z", { email: "old@example.de" });
    const newer = contributor("crm", 5, "2024-03-01T00:00:00Z", { email: "new@example.de" });
    expect(survive([newer, older]).attributes.email).toBe("new@example.de");
    expect(survive([older, newer]).attributes.email).toBe("new@example.de");
  });

  it("picks the same winner on a full tie whatever the order, so the golden record does not flap", () => {
    const a = { ...contributor("a", 5, "2024-01-01T00:00:00Z", { email: "a@example.de" }), sourceRecordId: "sr-1" };
    const b = { ...contributor("b", 5, "2024-01-01T00:00:00Z", { email: "b@example.de" }), sourceRecordId: "sr-2" };
    expect(survive([a, b]).attributes.email).toBe(survive([b, a]).attributes.email);
  });

  it("takes the whole address from one record, never a street from one source and a postcode from another", () => {
    const trusted = contributor("erp", 10, "2024-01-01T00:00:00Z", {
      street: "Unter den Linden",
      houseNumber: "5",
      city: "Berlin",
      country: "DE",
    });
    const other = contributor("crm", 5, "2025-01-01T00:00:00Z", {
      street: "Hauptstraße",
      houseNumber: "1",
      city: "Potsdam",
      postalCode: "14467",
      region: "Brandenburg",
      country: "DE",
    });
    const { attributes, lineage } = survive([other, trusted]);
    expect(attributes).toEqual({ street: "Unter den Linden", houseNumber: "5", city: "Berlin", country: "DE" });
    expect(attributes.postalCode).toBeUndefined();
    expect(new Set(Object.values(lineage).map((l) => l?.source))).toEqual(new Set(["erp"]));
  });

  it("keeps first and last name together from one record", () => {
    const trusted = contributor("erp", 10, "2024-01-01T00:00:00Z", { lastName: "Schmidt-Weber" });
    const other = contributor("crm", 5, "2025-01-01T00:00:00Z", { firstName: "Anna", lastName: "Schmidt" });
    expect(survive([other, trusted]).attributes).toEqual({ lastName: "Schmidt-Weber" });
  });

  it("never lets an empty value win over a real one", () => {
    const trusted = contributor("erp", 10, "2025-01-01T00:00:00Z", { email: "", street: "", city: "" });
    const other = contributor("crm", 1, "2020-01-01T00:00:00Z", { email: "anna@example.de", street: "Hauptstraße", city: "Potsdam" });
    const { attributes, lineage } = survive([trusted, other]);
    expect(attributes).toEqual({ email: "anna@example.de", street: "Hauptstraße", city: "Potsdam" });
    expect(lineage.email?.source).toBe("crm");
    expect(lineage.street?.source).toBe("crm");
  });

  it("records lineage naming source, externalId, source record, when that source changed the value, and the rule that picked it", () => {
    const erp = contributor("erp", 10, "2024-05-06T07:08:09.000Z", { email: "erp@example.de" });
    const crm = contributor("crm", 5, "2025-01-01T00:00:00Z", { phone: "+491111" });
    const { lineage } = survive([erp, crm]);
    expect(lineage).toEqual({
      email: { source: "erp", externalId: "erp-42", sourceRecordId: "sr-erp", updatedAt: "2024-05-06T07:08:09.000Z", rule: "Source priority" },
      phone: { source: "crm", externalId: "crm-42", sourceRecordId: "sr-crm", updatedAt: "2025-01-01T00:00:00.000Z", rule: "Source priority" },
    });
  });

  it("returns nothing for a golden record without contributors or values", () => {
    expect(survive([])).toEqual({ attributes: {}, lineage: {} });
    expect(survive([contributor("crm", 5, "2025-01-01T00:00:00Z", {})])).toEqual({ attributes: {}, lineage: {} });
  });
});

describe("survive: a thin address does not displace a full one", () => {
  it("keeps the full address of a lower-priority source over a country alone", () => {
    const at = new Date("2026-01-01T00:00:00Z");
    const full = { sourceRecordId: "a", source: "crm", externalId: "1", priority: 10, sourceUpdatedAt: at, attributes: { street: "Main St", city: "Boston", postalCode: "02110", country: "US" } };
    const thin = { sourceRecordId: "b", source: "erp", externalId: "2", priority: 90, sourceUpdatedAt: at, attributes: { country: "CA" } };
    expect(survive([thin, full]).attributes).toMatchObject({ street: "Main St", city: "Boston", country: "US" });
  });
});

describe("survive with rules an admin chose", () => {
  const erp = contributor("erp", 10, "2024-01-01T00:00:00Z", { email: "old@example.de", phone: "+4930111", street: "Hauptstr.", city: "Berlin", postalCode: "10115" });
  const crm = contributor("crm", 5, "2025-06-01T00:00:00Z", { email: "new@example.de", phone: "+4930111", street: "Hauptstraße", houseNumber: "12", addressLine2: "Hinterhaus", city: "Berlin", postalCode: "10115" });
  const shop = contributor("shop", 1, "2023-01-01T00:00:00Z", { email: "new@example.de", phone: "+4940222" });

  it("most recent: the newest record's value, whatever its source's priority", () => {
    const { attributes, lineage } = survive([erp, crm, shop], { email: { strategy: "most-recent" } });
    expect(attributes.email).toBe("new@example.de");
    expect(lineage.email).toMatchObject({ source: "crm", rule: "Most recent" });
    expect(attributes.phone).toBe("+4930111");
  });

  it("most complete: the address that says the most, kept together as one unit", () => {
    const { attributes, lineage } = survive([erp, crm], { address: { strategy: "most-complete" } });
    expect(attributes).toMatchObject({ street: "Hauptstraße", houseNumber: "12", addressLine2: "Hinterhaus" });
    expect(lineage.city).toMatchObject({ source: "crm", rule: "Most complete" });
  });

  it("most frequent: the value most records agree on, ties going to the trusted source", () => {
    expect(survive([erp, crm, shop], { email: { strategy: "most-frequent" } }).attributes.email).toBe("new@example.de");
    expect(survive([erp, crm, shop], { phone: { strategy: "most-frequent" } }).attributes.phone).toBe("+4930111");
    expect(survive([erp, crm], { email: { strategy: "most-frequent" } }).attributes.email).toBe("old@example.de");
  });

  it("source priority with a listed order: listed sources first, the rest by their priority setting", () => {
    expect(survive([erp, crm, shop], { email: { strategy: "source-priority", sourceOrder: ["shop"] } }).attributes.email).toBe("new@example.de");
    expect(survive([erp, crm, shop], { email: { strategy: "source-priority", sourceOrder: ["shop"] } }).lineage.email?.source).toBe("shop");
    expect(survive([erp, crm], { email: { strategy: "source-priority", sourceOrder: ["unknown"] } }).attributes.email).toBe("old@example.de");
  });
});
