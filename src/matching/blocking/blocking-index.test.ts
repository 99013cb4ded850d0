import { describe, expect, it } from "vitest";
import type { CustomerAttributes } from "@/src/golden/attributes";
import { BlockingIndex } from "./blocking-index";
import { blockingKeysOf } from "./blocking-keys";
import { standardizeRecord } from "@/src/standardize/record";

const keysOf = (attributes: CustomerAttributes) => blockingKeysOf(standardizeRecord(attributes));

describe("BlockingIndex", () => {
  it("pairs each record with the earlier ones sharing a key or a similar name, and nothing else", () => {
    const records = [
      { firstName: "Margarete", lastName: "Meyer", email: "m.meyer@example.de" },
      { firstName: "Piotr", lastName: "Nowak", email: "M.Meyer@example.de " },
      { firstName: "Margarethe", lastName: "Meyer", phone: "+49 30 1234567", country: "DE" },
      { firstName: "Ana", lastName: "Silva", phone: "+4930 1234567" },
      { firstName: "Ana", lastName: "Silva" },
      { organizationName: "Unrelated Widgets Ltd" },
    ].map(keysOf);
    const index = new BlockingIndex<number>();
    const neighbours = records.map((r, i) => {
      const found = index.find(r).sort();
      index.add(r, i);
      return found;
    });
    expect(neighbours).toEqual([[], [0], [0], [2], [3], []]);
  });
});

describe("BlockingIndex with identities", () => {
  it("finds a record as it was last added, and not at all once forgotten", () => {
    const index = new BlockingIndex<{ id: string; v: number }>({ identify: (item) => item.id });
    const before = keysOf({ firstName: "Ana", lastName: "Silva", email: "ana@example.com" });
    const after = keysOf({ firstName: "Ana", lastName: "Silva", email: "ana.silva@example.org" });
    index.add(before, { id: "r1", v: 1 });
    index.add(after, { id: "r1", v: 2 });
    expect(index.find(before)).toEqual([{ id: "r1", v: 2 }]);
    expect(index.find(keysOf({ email: "ana@example.com" }))).toEqual([]);
    index.forget("r1");
    expect(index.find(after)).toEqual([]);
  });
});

describe("BlockingIndex with caps", () => {
  it("gives at most the lookup's count per key, oldest first", () => {
    const index = new BlockingIndex<number>({ caps: { perKey: 2, perName: 1 } });
    const phone = "+49 30 1234567";
    for (let i = 0; i < 4; i++) index.add(keysOf({ firstName: `Person${i}`, lastName: `Unrelated${i}x`, phone, country: "DE" }), i);
    expect(index.find(keysOf({ firstName: "Someone", lastName: "Else", phone, country: "DE" })).sort()).toEqual([0, 1]);
  });
});
