import { describe, expect, it } from "vitest";
import { suggestSourceKey } from "./suggest-source-key";

describe("suggestSourceKey", () => {
  it("names a new source after the file, in letters, digits and hyphens", () => {
    expect(suggestSourceKey("Kunden März 2026.csv")).toBe("kunden-marz-2026");
    expect(suggestSourceKey("  Straße_Export (1).TSV")).toBe("strasse-export-1");
    expect(suggestSourceKey(`${"a".repeat(49)} b.csv`)).toBe("a".repeat(49));
  });

  it("falls back to a fixed key when nothing of the name is left", () => {
    expect(suggestSourceKey("????.csv")).toBe("csv-import");
    expect(suggestSourceKey("客户.csv")).toBe("csv-import");
  });
});
