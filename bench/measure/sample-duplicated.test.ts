import { describe, expect, it } from "vitest";
import { sampleDuplicated } from "./sample-duplicated";

describe("sampleDuplicated", () => {
  const records = [
    ...["a1", "a2", "a3"].map((id) => ({ id, entityId: "a" })),
    ...["b1", "b2"].map((id) => ({ id, entityId: "b" })),
    { id: "c1", entityId: "c" },
    ...["d1", "d2"].map((id) => ({ id, entityId: "d" })),
  ];

  it("takes whole customers held more than once, never past the limit", () => {
    const sample = sampleDuplicated(records, 5, 1);
    expect(sample.length).toBeLessThanOrEqual(5);
    const entities = new Set(sample.map((r) => r.entityId));
    expect(entities.has("c")).toBe(false);
    for (const e of entities) expect(sample.filter((r) => r.entityId === e)).toHaveLength(records.filter((r) => r.entityId === e).length);
  });

  it("samples the same customers for the same seed", () => {
    expect(sampleDuplicated(records, 4, 7)).toEqual(sampleDuplicated(records, 4, 7));
    expect(sampleDuplicated(records, 100, 7)).toHaveLength(7);
  });
});
