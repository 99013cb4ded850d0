import { describe, expect, it } from "vitest";
import { readAttributes, readLineage } from "./read-golden-json";

const entry = { sourceRecordId: "sr-1", source: "crm", externalId: "CRM-1", updatedAt: "2026-01-15T10:00:00.000Z" };

describe("readAttributes", () => {
  it("keeps canonical attributes with string values", () => {
    expect(readAttributes({ firstName: "Ada", email: "ada@example.com" })).toEqual({ firstName: "Ada", email: "ada@example.com" });
  });

  it("reads an empty string as unknown, as survivorship does", () => {
    expect(readAttributes({ firstName: "Ada", lastName: "", city: "" })).toEqual({ firstName: "Ada" });
  });

  it("leaves out unknown names and values that are not strings", () => {
    expect(readAttributes({ firstName: "Ada", nickname: "Countess", phone: 44, city: null, email: { value: "x" } })).toEqual({ firstName: "Ada" });
  });

  it.each([null, undefined, "Ada", 42, true, ["Ada"], [{ firstName: "Ada" }]])("reads %j as no values", (json) => {
    expect(readAttributes(json)).toEqual({});
  });
});

describe("readLineage", () => {
  it("keeps well-formed entries of canonical attributes, with only the entry's own fields", () => {
    expect(readLineage({ email: { ...entry, extra: "ignored" }, firstName: entry })).toEqual({ email: entry, firstName: entry });
  });

  it("drops entries missing a field, with a field of the wrong type, or with an updatedAt that is not a date", () => {
    const { externalId: _, ...missing } = entry;
    const lineage = readLineage({
      firstName: missing,
      lastName: { ...entry, sourceRecordId: 7 },
      city: { ...entry, updatedAt: "last Tuesday" },
      email: "crm",
      phone: null,
      country: entry,
    });
    expect(lineage).toEqual({ country: entry });
  });

  it("leaves out entries for names that are not canonical attributes", () => {
    expect(readLineage({ nickname: entry })).toEqual({});
  });

  it.each([null, undefined, "crm", 42, [entry]])("reads %j as no lineage", (json) => {
    expect(readLineage(json)).toEqual({});
  });

  it("returns entries in canonical attribute order whatever order the column holds them in", () => {
    expect(Object.keys(readLineage({ country: entry, email: entry, firstName: entry }))).toEqual(["firstName", "email", "country"]);
  });
});
