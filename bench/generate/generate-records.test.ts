import { describe, expect, it } from "vitest";
import { incomingRecordSchema } from "@/src/ingest/record-schema";
import { corruptRecord, corruptions } from "./corrupt-record";
import { generateRecords } from "./generate-records";
import { createFakers } from "./locales";
import { makeOrganization } from "./make-organization";
import { makePerson } from "./make-person";

describe("corruptRecord", () => {
  const truth = makePerson(createFakers(5).byCountry.DE, "DE");

  it("corrupts the same way given the same seed", () => {
    const run = (seed: number) => {
      const { byCountry } = createFakers(seed);
      return Array.from({ length: 50 }, () => corruptRecord(truth, { f: byCountry.DE, country: "DE" }));
    };
    expect(run(11)).toEqual(run(11));
    expect(run(11)).not.toEqual(run(12));
  });

  it("reports only corruptions that changed the record", () => {
    const { byCountry } = createFakers(9);
    for (let i = 0; i < 200; i++) {
      const copy = corruptRecord(truth, { f: byCountry.DE, country: "DE" });
      if (copy.corruptions.length) expect(copy.attributes).not.toEqual(truth);
      else expect(copy.attributes).toEqual(truth);
    }
  });

  it("has corruptions that each either change a record or decline", () => {
    const { byCountry } = createFakers(4);
    const people = [makePerson(byCountry.US, "US"), makeOrganization(byCountry.DE, "DE")];
    for (const c of corruptions) {
      for (const a of people) {
        const out = c.apply(a, { f: byCountry.US, country: "US" });
        if (out) expect(out, c.kind).not.toEqual(a);
      }
    }
  });

  it("respells or drops a legal form but keeps the company's name", () => {
    const { byCountry } = createFakers(2);
    const company = { organizationName: "Gerlach GmbH", country: "DE" };
    const respelled = corruptions.find((c) => c.kind === "legal-form-respelled")!.apply(company, { f: byCountry.DE, country: "DE" });
    expect(respelled?.organizationName).toMatch(/^Gerlach (G\.m\.b\.H\.|Gesellschaft mit beschränkter Haftung|Gmbh)$/);
    const dropped = corruptions.find((c) => c.kind === "legal-form-dropped")!.apply(company, { f: byCountry.DE, country: "DE" });
    expect(dropped?.organizationName).toBe("Gerlach");
  });
});

describe("generateRecords", () => {
  it("gives the same population for the same seed and another for another", () => {
    expect(generateRecords({ rows: 300, seed: 1 })).toEqual(generateRecords({ rows: 300, seed: 1 }));
    expect(generateRecords({ rows: 300, seed: 1 })).not.toEqual(generateRecords({ rows: 300, seed: 2 }));
  });

  const records = generateRecords({ rows: 2000, seed: 3 });

  it("makes exactly the rows asked for, each accepted by the ingest schema, with unique ids per source", () => {
    expect(records).toHaveLength(2000);
    for (const r of records) expect(incomingRecordSchema.safeParse({ externalId: r.externalId, updatedAt: r.updatedAt, attributes: r.attributes }).success).toBe(true);
    expect(new Set(records.map((r) => `${r.source}/${r.externalId}`)).size).toBe(2000);
  });

  it("holds most customers once, the rest up to four times, some twice in one source", () => {
    const perEntity = new Map<string, typeof records>();
    for (const r of records) perEntity.set(r.entityId, [...(perEntity.get(r.entityId) ?? []), r]);
    const sizes = [...perEntity.values()].map((g) => g.length);
    const singletons = sizes.filter((n) => n === 1).length / sizes.length;
    expect(singletons).toBeGreaterThan(0.5);
    expect(singletons).toBeLessThan(0.7);
    expect(Math.max(...sizes)).toBe(4);
    const inOneSource = [...perEntity.values()].filter((g) => new Set(g.map((r) => r.source)).size < g.length);
    expect(inOneSource.length).toBeGreaterThan(10);
  });

  it("gives unrelated customers mailboxes and company domains of their own, as providers and registrars do", () => {
    const owners = new Map<string, Set<string>>();
    for (const r of records.filter((r) => r.corruptions.length === 0 && r.attributes.email)) {
      const [, domain] = r.attributes.email!.split("@");
      const key = r.attributes.organizationName ? domain : r.attributes.email!;
      owners.set(key, (owners.get(key) ?? new Set()).add(r.lookalikeOf?.entityId ?? r.entityId));
    }
    expect([...owners].filter(([, families]) => families.size > 1)).toEqual([]);
    expect([...owners.keys()].some((key) => /^[a-z-]+\d\.[a-z.]+$/.test(key))).toBe(true);
  });

  it("mixes persons and organizations from every country", () => {
    expect(records.some((r) => r.attributes.organizationName)).toBe(true);
    expect(new Set(records.map((r) => r.attributes.country))).toEqual(new Set(["US", "DE", "FR", "NL", "GB"]));
  });
});
