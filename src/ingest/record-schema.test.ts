import { describe, expect, it } from "vitest";
import { incomingRecordSchema } from "./record-schema";

function issuesOf(input: unknown) {
  const parsed = incomingRecordSchema.safeParse(input);
  expect(parsed.success).toBe(false);
  return parsed.error?.issues ?? [];
}

describe("incomingRecordSchema", () => {
  it("accepts a record with an ISO date-time with offset and trims the externalId", () => {
    const parsed = incomingRecordSchema.parse({
      externalId: "  CRM-0042 ",
      updatedAt: "2025-03-01T10:15:00+01:00",
      attributes: { firstName: "Anna", email: "anna@example.de" },
    });
    expect(parsed).toEqual({
      externalId: "CRM-0042",
      updatedAt: "2025-03-01T10:15:00+01:00",
      attributes: { firstName: "Anna", email: "anna@example.de" },
    });
  });

  it("accepts a record without updatedAt, and a UTC date-time", () => {
    expect(incomingRecordSchema.safeParse({ externalId: "1", attributes: {} }).success).toBe(true);
    expect(incomingRecordSchema.safeParse({ externalId: "1", updatedAt: "2025-03-01T09:15:00.123Z", attributes: {} }).success).toBe(true);
  });

  it("refuses an unknown attribute and names it", () => {
    const issues = issuesOf({ externalId: "1", attributes: { firstName: "Anna", favouriteColour: "teal" } });
    expect(issues).toHaveLength(1);
    expect(issues[0].path).toEqual(["attributes"]);
    expect(issues[0].message).toContain("favouriteColour");
  });

  it("refuses a record without an externalId, pointing at the field", () => {
    expect(issuesOf({ attributes: {} }).map((i) => i.path)).toEqual([["externalId"]]);
    const blank = issuesOf({ externalId: "   ", attributes: {} });
    expect(blank).toMatchObject([{ path: ["externalId"], message: "externalId is required" }]);
  });

  it("refuses an updatedAt that is not an ISO 8601 date-time, saying what is expected", () => {
    for (const updatedAt of ["yesterday", "2025-03-01", "01.03.2025 10:15", "2025-13-01T10:00:00Z", "2025-03-01T10:15:00"]) {
      const issues = issuesOf({ externalId: "1", updatedAt, attributes: {} });
      expect(issues, updatedAt).toMatchObject([{ path: ["updatedAt"], message: "updatedAt must be an ISO 8601 date-time" }]);
    }
  });

  it("refuses an updatedAt in the future, which would make every real later change look stale", () => {
    const ahead = new Date(Date.now() + 2 * 3_600_000).toISOString();
    expect(issuesOf({ externalId: "1", updatedAt: ahead, attributes: {} })).toMatchObject([{ path: ["updatedAt"], message: expect.stringContaining("lies in the future") }]);
    expect(incomingRecordSchema.safeParse({ externalId: "1", updatedAt: new Date(Date.now() + 60_000).toISOString(), attributes: {} }).success).toBe(true);
  });

  it("refuses a value longer than 500 characters, naming the attribute", () => {
    const issues = issuesOf({ externalId: "1", attributes: { street: "x".repeat(501) } });
    expect(issues.map((i) => i.path)).toEqual([["attributes", "street"]]);
    expect(incomingRecordSchema.safeParse({ externalId: "1", attributes: { street: "x".repeat(500) } }).success).toBe(true);
  });

  it("refuses a non-string attribute value and an unknown top-level field", () => {
    expect(issuesOf({ externalId: "1", attributes: { phone: 4930123 } }).map((i) => i.path)).toEqual([["attributes", "phone"]]);
    const extra = issuesOf({ externalId: "1", attributes: {}, sourceKey: "crm" });
    expect(extra[0].message).toContain("sourceKey");
  });

  it("refuses NUL, lone surrogates and control characters, naming the attribute or the externalId", () => {
    expect(issuesOf({ externalId: "1", attributes: { city: "Ber\u0000lin" } })).toMatchObject([
      { path: ["attributes", "city"], message: expect.stringContaining("NUL character (U+0000) at character 4") },
    ]);
    expect(issuesOf({ externalId: "X\uD800", attributes: {} })).toMatchObject([{ path: ["externalId"], message: expect.stringContaining("lone UTF-16 surrogate") }]);
    const both = issuesOf({ externalId: "1", attributes: { street: "x".repeat(501), email: "a\u0001@example.com" } });
    expect(both.map((i) => i.path.join(".")).sort()).toEqual(["attributes.email", "attributes.street"]);
  });

  it("refuses a record whose every name is invisible when nothing else identifies the customer, and keeps one that has an email", () => {
    expect(issuesOf({ externalId: "1", attributes: { firstName: "\u200B\u200B", city: "Berlin" } })).toMatchObject([
      { path: ["attributes", "firstName"], message: expect.stringContaining("has no visible character (only U+200B U+200B)") },
    ]);
    expect(incomingRecordSchema.safeParse({ externalId: "1", attributes: { firstName: "\u200B", email: "anna@example.com" } }).success).toBe(true);
    expect(incomingRecordSchema.safeParse({ externalId: "1", attributes: {} }).success).toBe(true);
  });
});
