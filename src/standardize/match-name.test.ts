import { distance } from "fastest-levenshtein";
import { describe, expect, it } from "vitest";
import { foldForMatching } from "./fold";
import { matchNameOf } from "./match-name";
import { standardizeRecord } from "./record";

describe("foldForMatching", () => {
  it("strips accents to the plain letter: ü is u, so Müller = Muller and Mueller is one letter away", () => {
    expect(foldForMatching("Müller")).toBe("muller");
    expect(foldForMatching("MULLER")).toBe("muller");
    expect(distance(foldForMatching("Müller"), foldForMatching("MUELLER"))).toBe(1);
  });

  it("spells out letters that do not decompose, and joins compatibility forms", () => {
    expect(foldForMatching("Strauß")).toBe(foldForMatching("STRAUSS"));
    expect(foldForMatching("Ærø")).toBe("aero");
    expect(foldForMatching("Łódź")).toBe("lodz");
    expect(foldForMatching("Øster")).toBe("oster");
    expect(foldForMatching("ﬁsh")).toBe("fish");
  });

  it("drops apostrophes, turns other punctuation into single spaces and keeps other scripts", () => {
    expect(foldForMatching("O'Neil")).toBe(foldForMatching("ONeil"));
    expect(foldForMatching("D’Angelo")).toBe("dangelo");
    expect(foldForMatching("Müller-Lüdenscheidt / Berlin")).toBe("muller ludenscheidt berlin");
    expect(foldForMatching("Иван Петров")).toBe("иван петров");
  });
});

describe("matchNameOf", () => {
  it("leaves titles and suffixes out of a person's match name", () => {
    expect(matchNameOf({ firstName: "Dr. Anna", lastName: "Schmidt Jr." })).toBe("anna schmidt");
    expect(matchNameOf({ fullName: "Herr Prof. Dr. Anna Schmidt" })).toBe("anna schmidt");
  });

  it("gives a full name the same match name as the same person in two fields, whichever order it was written in", () => {
    const fields = matchNameOf({ firstName: "Anna", lastName: "Schmidt" });
    expect(matchNameOf({ fullName: "Schmidt, Anna" })).toBe(fields);
    expect(matchNameOf({ fullName: "ANNA SCHMIDT" })).toBe(fields);
    expect(matchNameOf(standardizeRecord({ fullName: "Schmidt, Dr. Anna" }))).toBe(fields);
  });

  it("falls back to the folded full name when it cannot be split", () => {
    expect(matchNameOf({ fullName: "Madonna" })).toBe("madonna");
    expect(matchNameOf({ fullName: "R2-D2 Droid" })).toBe("r2 d2 droid");
  });

  it("gives null when nothing but a title or punctuation is left", () => {
    expect(matchNameOf({ fullName: "  " })).toBeNull();
    expect(matchNameOf({ firstName: "--", lastName: "!!" })).toBeNull();
  });

  it("keeps very long names whole", () => {
    const long = "a".repeat(400);
    expect(matchNameOf({ lastName: long })).toBe(long);
  });
});
