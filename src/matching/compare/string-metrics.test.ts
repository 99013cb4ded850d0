import { describe, expect, it } from "vitest";
import { jaroWinkler } from "./jaro-winkler";
import { differsInside, isTransposition, typingEdits } from "./typing-edits";

const letters = "abcdefghijklmnopqrstuvwxyz";
const word = (i: number, n: number) => Array.from({ length: n }, (_, k) => letters[(i * 7 + k * 13 + i * k) % 26]).join("");

/** Thousands of comparisons of words of every length, as a long ingest run makes before any given pair. */
function compareManyOthers() {
  for (let i = 0; i < 20_000; i++) {
    jaroWinkler(word(i, 3 + (i % 11)), word(i * 31 + 1, 4 + (i % 9)));
    typingEdits(word(i, 4 + (i % 7)), word(i + 3, 3 + (i % 12)));
  }
}

describe("string metrics", () => {
  // cmpstr, used before, kept state between comparisons: after a long run "dwayne"/"duane" scored 0.765 and "erbecca"/"rebecca" were nothing alike.
  it("gives Winkler's published Jaro-Winkler scores and typing-edit counts, however many pairs came before", () => {
    compareManyOthers();
    expect(jaroWinkler("martha", "marhta")).toBeCloseTo(0.961, 3);
    expect(jaroWinkler("dwayne", "duane")).toBeCloseTo(0.84, 3);
    expect(jaroWinkler("dixon", "dicksonx")).toBeCloseTo(0.813, 3);
    expect(jaroWinkler("", "anna")).toBe(0);
    expect(typingEdits("erbecca", "rebecca")).toBe(1);
    expect(typingEdits("richard", "richarcl")).toBe(2);
    expect(typingEdits("romane", "dominique")).toBe(5);
    expect(typingEdits("", "abc")).toBe(3);
  });

  it("tells two neighbouring letters swapped from any other difference", () => {
    expect(isTransposition("kim", "kmi")).toBe(true);
    expect(isTransposition("erbecca", "rebecca")).toBe(true);
    expect(isTransposition("kim", "kim")).toBe(false);
    expect(isTransposition("eva", "ave")).toBe(false);
    expect(isTransposition("abcd", "bacf")).toBe(false);
    expect(isTransposition("ab", "abc")).toBe(false);
    expect(isTransposition("𠮷ab", "𠮷ba")).toBe(true);
  });

  it("tells a difference inside a string from one at either end", () => {
    expect(differsInside("laurianne", "lsurianne")).toBe(true);
    expect(differsInside("harry", "larry")).toBe(false);
    expect(differsInside("mario", "maria")).toBe(false);
    expect(differsInside("anna", "anna")).toBe(false);
    expect(differsInside("anna", "ana")).toBe(true);
  });
});
