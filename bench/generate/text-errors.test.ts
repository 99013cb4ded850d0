import { distance } from "fastest-levenshtein";
import { describe, expect, it } from "vitest";
import { createFakers } from "./locales";
import { foldAccents, ocrError, typo } from "./text-errors";

describe("text errors", () => {
  const { control: f } = createFakers(3);

  it("makes one keyboard slip: the text differs by one edit or one swap", () => {
    for (let i = 0; i < 200; i++) {
      const slipped = typo(f, "Schneider");
      expect(distance(slipped, "Schneider"), slipped).toBeLessThanOrEqual(2);
    }
  });

  it("misreads shapes a scanner confuses, or reports that nothing can be misread", () => {
    expect(ocrError(f, "Horn")).toBe("Hom");
    expect(["0ttO", "Ott0"]).toContain(ocrError(f, "OttO"));
    expect(ocrError(f, "Jay")).toBeNull();
  });

  it("writes accents out or drops them", () => {
    expect(foldAccents("Müller", "transliterate")).toBe("Mueller");
    expect(foldAccents("Müller", "drop")).toBe("Muller");
    expect(foldAccents("Straße", "drop")).toBe("Strasse");
    expect(foldAccents("Chloé Lefèvre", "transliterate")).toBe("Chloe Lefevre");
  });
});
