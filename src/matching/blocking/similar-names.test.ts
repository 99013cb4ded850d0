import { describe, expect, it } from "vitest";
import { SimilarNames } from "./similar-names";
import { trigramSimilarity, trigramsOf, TRIGRAM_THRESHOLD } from "./trigram-similarity";

/** Deterministic names from few syllables, so many pairs sit just above and just below the bar. */
function names(count: number, seed: number): string[] {
  let state = seed;
  const next = (n: number) => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state % n;
  };
  const syllables = ["an", "na", "ma", "ri", "el", "jo", "han", "sen", "mi", "ller", "o", "k"];
  const word = () => Array.from({ length: 1 + next(4) }, () => syllables[next(syllables.length)]).join("");
  return Array.from({ length: count }, () => Array.from({ length: 1 + next(3) }, word).join(" "));
}

const bruteForce = (all: readonly string[], name: string) =>
  all.flatMap((other, i) => (trigramSimilarity(trigramsOf(name), trigramsOf(other)) >= TRIGRAM_THRESHOLD ? [i] : [])).sort((a, b) => a - b);

describe("SimilarNames", () => {
  it.each([
    ["alphabetical order", false],
    ["rarest trigrams first", true],
  ])("finds exactly the names a comparison with every name finds (%s)", (_, withRarity) => {
    const all = names(1500, 7);
    const index = new SimilarNames<number>(withRarity ? SimilarNames.rarityOf(all) : undefined);
    all.forEach((name, i) => index.add(name, i));
    let pairs = 0;
    for (const name of names(300, 11).concat(all.slice(0, 200))) {
      const expected = bruteForce(all, name);
      pairs += expected.length;
      expect([...index.find(name)].sort((a, b) => a - b)).toEqual(expected);
    }
    // The sample must hold many near pairs for the equality to mean anything.
    expect(pairs).toBeGreaterThan(1000);
  });

  it("with a limit, keeps the most similar names", () => {
    const index = new SimilarNames<string>();
    index.add("riverside community services elmwood", "same");
    index.add("riverside community services elmwod", "one letter off");
    index.add("riverside community service elmwod", "two off");
    expect([...index.find("riverside community services elmwood", new Set(), 2)].sort()).toEqual(["one letter off", "same"]);
    expect(index.find("riverside community services elmwood").size).toBe(3);
  });

  it("holds nothing for a name without letters or digits, and finds nothing with one", () => {
    const index = new SimilarNames<string>();
    index.add("— · —", "dashes");
    index.add("Anna Maria", "anna");
    expect([...index.find("— · —")]).toEqual([]);
    expect([...index.find("anna maria")]).toEqual(["anna"]);
  });
});
