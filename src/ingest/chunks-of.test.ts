import { describe, expect, it } from "vitest";
import { chunksOf } from "./chunks-of";

const records = (ids: string) => ids.split("").map((externalId) => ({ externalId, attributes: {} }));
const shape = (chunks: { externalId: string }[][]) => chunks.map((c) => c.map((r) => r.externalId).join(""));

describe("chunksOf", () => {
  it("cuts at the size and before an externalId the chunk already holds, keeping arrival order", () => {
    expect(shape(chunksOf(records("abcdefg"), 3))).toEqual(["abc", "def", "g"]);
    expect(shape(chunksOf(records("abacab"), 10))).toEqual(["ab", "ac", "ab"]);
    expect(chunksOf([], 3)).toEqual([]);
  });
});
