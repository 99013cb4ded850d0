import { describe, expect, it } from "vitest";
import { parseColumnMap } from "./parse-column-map";

describe("parseColumnMap", () => {
  it("reads column names with spaces and '=' and trims around them", () => {
    expect(parseColumnMap(" Given name = firstName, a=b=email ,")).toEqual([
      { column: "Given name", attribute: "firstName" },
      { column: "a=b", attribute: "email" },
    ]);
  });

  it("names an unknown attribute and suggests the one probably meant", () => {
    expect(() => parseColumnMap("Mail=emial")).toThrow(/unknown attribute 'emial' \(did you mean 'email'\?\)/);
  });

  it("names the map as the option at fault, in words that name no command-line flag", () => {
    expect(() => parseColumnMap("Mail=emial")).toThrow(
      expect.objectContaining({
        code: "BAD_REQUEST",
        message: expect.stringMatching(/^The column map names unknown attribute 'emial'/),
        issues: [{ path: "map", message: expect.stringMatching(/^names unknown attribute 'emial'/) }],
      }),
    );
  });

  it("refuses an entry without '=', an empty map, and an attribute filled from two columns", () => {
    expect(() => parseColumnMap("Mail")).toThrow(/'Mail' is not <column>=<attribute>/);
    expect(() => parseColumnMap(" , ")).toThrow(/names no columns/);
    expect(() => parseColumnMap("Mail=email,Email 2=email")).toThrow(/'email' from both 'Mail' and 'Email 2'/);
  });
});
