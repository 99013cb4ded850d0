import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, prisma } from "@/src/db";
import { unique } from "@/src/testing/fixtures";
import { listGoldenRecords } from "./list-golden-records";

const run = unique();
const names = ["a_b", "axb", "100%", "1000", "back\\slash", "backslash"].map((n) => `Lk${run} ${n}`);

beforeAll(async () => {
  // Listing reads displayName only, so plain rows stand in for records the writer would make.
  await prisma.goldenRecord.createMany({ data: names.map((displayName) => ({ displayName, attributes: { organizationName: displayName }, lineage: {} })) });
});

afterAll(async () => {
  await prisma.goldenRecord.deleteMany({ where: { displayName: { in: names } } });
  await closeDb();
});

const found = async (search: string) => (await listGoldenRecords({ search, take: 50 })).rows.map((r) => r.displayName);

describe("listGoldenRecords search", () => {
  it("takes _ literally instead of as any one character", async () => {
    expect(await found(`Lk${run} a_b`)).toEqual([`Lk${run} a_b`]);
  });

  it("takes % literally instead of as any text", async () => {
    expect(await found(`Lk${run} 100%`)).toEqual([`Lk${run} 100%`]);
  });

  it("takes a backslash literally instead of as an escape", async () => {
    expect(await found(`Lk${run} back\\`)).toEqual([`Lk${run} back\\slash`]);
  });

  it("still finds every name containing the text, in any case", async () => {
    expect(await found(`lk${run} 10`)).toEqual([`Lk${run} 100%`, `Lk${run} 1000`]);
    expect((await listGoldenRecords({ search: `LK${run}`, take: 50 })).total).toBe(names.length);
  });
});
