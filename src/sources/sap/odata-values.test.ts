import { describe, expect, it } from "vitest";
import { dateFilterLiteral, parseODataDate, parseODataTime, timeFilterLiteral } from "./odata-values";
import { retryAfterMs } from "@/src/sources/retry-after";

describe("parseODataDate", () => {
  it("reads Edm.DateTime and Edm.DateTimeOffset as the UTC instant, whatever the offset", () => {
    expect(parseODataDate("/Date(1704067200000)/")?.toISOString()).toBe("2024-01-01T00:00:00.000Z");
    expect(parseODataDate("/Date(1704103530000+0000)/")?.toISOString()).toBe("2024-01-01T10:05:30.000Z");
    expect(parseODataDate("/Date(1704103530000+0120)/")?.toISOString()).toBe("2024-01-01T10:05:30.000Z");
    expect(parseODataDate("/Date(1704103530000-0300)/")?.toISOString()).toBe("2024-01-01T10:05:30.000Z");
    expect(parseODataDate("/Date(-86400000)/")?.toISOString()).toBe("1969-12-31T00:00:00.000Z");
  });

  it("reads no value and ABAP's placeholder dates as none", () => {
    expect(parseODataDate(null)).toBeNull();
    expect(parseODataDate(undefined)).toBeNull();
    expect(parseODataDate("")).toBeNull();
    expect(parseODataDate("/Date(-62135596800000)/")).toBeNull();
    expect(parseODataDate("/Date(-62135596800000+0000)/")).toBeNull();
    expect(parseODataDate("/Date(253402214400000)/")).toBeNull();
    expect(parseODataDate("/Date(253402214400000+0000)/")).toBeNull();
    expect(parseODataDate("/Date(-62135510400000)/")?.toISOString()).toBe("0001-01-02T00:00:00.000Z");
  });

  it("refuses what SAP never writes instead of guessing", () => {
    expect(() => parseODataDate("2024-01-01")).toThrow(/not an OData date/);
    expect(() => parseODataDate("/Date(abc)/")).toThrow(/not an OData date/);
    expect(() => parseODataDate("/Date(1704067200000+00)/")).toThrow(/not an OData date/);
  });
});

describe("parseODataTime", () => {
  it("reads PThhHmmMssS to the second", () => {
    expect(parseODataTime("PT10H05M30S")).toBe("10:05:30");
    expect(parseODataTime("PT00H00M00S")).toBe("00:00:00");
    expect(parseODataTime("PT7H3M9S")).toBe("07:03:09");
    expect(parseODataTime("PT23H59M59.999S")).toBe("23:59:59");
    expect(parseODataTime("PT14H")).toBe("14:00:00");
    expect(parseODataTime(null)).toBeNull();
    expect(parseODataTime("")).toBeNull();
  });

  it("refuses a time that is not one", () => {
    expect(() => parseODataTime("10:05:30")).toThrow(/not an OData time/);
    expect(() => parseODataTime("PT")).toThrow(/not an OData time/);
    expect(() => parseODataTime("PT24H00M00S")).toThrow(/not a time of day/);
    expect(() => parseODataTime("PT10H60M00S")).toThrow(/not a time of day/);
  });
});

describe("filter literals", () => {
  it("writes the forms SAP Gateway parses", () => {
    expect(dateFilterLiteral("2024-02-29")).toBe("datetime'2024-02-29T00:00:00'");
    expect(timeFilterLiteral("09:05:00")).toBe("time'PT09H05M00S'");
  });
});

describe("retryAfterMs", () => {
  const now = Date.parse("2026-03-02T10:00:00Z");
  it("reads seconds and HTTP dates, and ignores what is neither", () => {
    expect(retryAfterMs("3", now)).toBe(3000);
    expect(retryAfterMs(" 120 ", now)).toBe(120_000);
    expect(retryAfterMs("Mon, 02 Mar 2026 10:00:30 GMT", now)).toBe(30_000);
    expect(retryAfterMs("Mon, 02 Mar 2026 09:00:00 GMT", now)).toBe(0);
    expect(retryAfterMs("soon", now)).toBeUndefined();
    expect(retryAfterMs(null, now)).toBeUndefined();
    expect(retryAfterMs("-5", now)).toBeUndefined();
  });
});
