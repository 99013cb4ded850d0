import { describe, expect, it } from "vitest";
import { sql } from "@/src/db";
import { trigramSimilarity, trigramsOf } from "./trigram-similarity";

const pairs: [string, string][] = [
  ["margarete meyer", "margarete meier"],
  ["jose garcia lopez", "garcia lopez jose"],
  ["zoe o'neil", "zoe oneil"],
  ["müller hans", "muller hans"],
  ["a", "a b"],
  ["acme 2000 industries", "acme industries"],
  ["", "anything"],
];

describe("trigramSimilarity", () => {
  it("agrees with pg_trgm's similarity, so in-memory blocking finds what the index would", async () => {
    for (const [a, b] of pairs) {
      const [{ similarity }] = await sql<{ similarity: number }[]>`SELECT similarity(${a}, ${b}) AS similarity`;
      expect(trigramSimilarity(trigramsOf(a), trigramsOf(b)), `${a} / ${b}`).toBeCloseTo(similarity, 5);
    }
  });
});
