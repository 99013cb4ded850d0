import { describe, expect, it } from "vitest";
import type { CustomerAttributes } from "../golden/attributes";
import { chunkNeighbours } from "./chunk-neighbours";
import { prepareRecord } from "./prepare-record";

const prepared = (attributes: CustomerAttributes, i: number) => prepareRecord({ externalId: `R-${i}`, attributes });

describe("chunkNeighbours", () => {
  it("pairs each record with the earlier ones sharing a key or a similar name, and nothing else", () => {
    const records = [
      { firstName: "Margarete", lastName: "Meyer", email: "m.meyer@example.de" },
      { firstName: "Piotr", lastName: "Nowak", email: "M.Meyer@example.de " },
      { firstName: "Margarethe", lastName: "Meier", phone: "+49 30 1234567", country: "DE" },
      { firstName: "Ana", lastName: "Silva", phone: "+4930 1234567" },
      { firstName: "Ana", lastName: "Silva" },
      { organizationName: "Unrelated Widgets Ltd" },
    ].map(prepared);
    expect(chunkNeighbours(records)).toEqual([[], [0], [0], [2], [3], []]);
  });
});
