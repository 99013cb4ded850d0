import { describe, expect, it } from "vitest";
import { issuesOf, NEW_SOURCE, startInputOf } from "./start-input";

const formOf = (fields: [string, string][]) => {
  const form = new FormData();
  for (const [name, value] of fields) form.append(name, value);
  return form;
};

describe("reading the mapping form", () => {
  it("takes a column's attribute by its place, ignores blank ones and takes the new key when a new source is chosen", () => {
    const input = startInputOf(
      formOf([
        ["source", NEW_SOURCE],
        ["sourceKey", " kunden-2026 "],
        ["columns.0", ""],
        ["columns.2", "email"],
        ["columns.1", "lastName"],
        ["idColumn", "0"],
        ["country", "de"],
        ["columns.x", "city"],
      ]),
    );
    expect(input).toEqual({ sourceKey: " kunden-2026 ", newSource: true, columns: [null, "lastName", "email"], idColumn: 0, country: "de" });
  });

  it("takes the chosen source's key, no id column, and marks an id that is not a place so the import refuses it", () => {
    expect(startInputOf(formOf([["source", "crm-export"], ["sourceKey", "ignored"], ["idColumn", ""]]))).toMatchObject({ sourceKey: "crm-export", newSource: false, idColumn: null, columns: [] });
    expect(startInputOf(formOf([["idColumn", "x"]])).idColumn).toBe(-1);
  });

  it("finds the issues of one field", () => {
    expect(issuesOf([{ path: "columns.1", message: "a" }, { path: "columns.10", message: "b" }], "columns.1")).toEqual(["a"]);
  });
});
