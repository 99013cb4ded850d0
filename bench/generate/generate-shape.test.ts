import { describe, expect, it } from "vitest";
import { incomingRecordSchema } from "@/src/ingest/record-schema";
import { generateRecords } from "./generate-records";
import { createFakers } from "./locales";
import { makeSites } from "./make-sites";
import { makeUsPerson } from "./make-us-person";
import { shapePlans } from "./shape-plans";
import type { BenchRecord } from "./types";

const byEntity = (records: BenchRecord[]) => {
  const groups = new Map<string, BenchRecord[]>();
  for (const r of records) groups.set(r.entityId, [...(groups.get(r.entityId) ?? []), r]);
  return groups;
};

describe("generateRecords by shape", () => {
  it("gives one population per seed and shape, of exactly the rows asked for, accepted by ingest, ids unique per source", () => {
    for (const shape of ["two-source", "one-source", "organizations"] as const) {
      const records = generateRecords({ rows: 1500, seed: 4, shape });
      expect(records).toEqual(generateRecords({ rows: 1500, seed: 4, shape }));
      expect(records).toHaveLength(1500);
      for (const r of records) expect(incomingRecordSchema.safeParse({ externalId: r.externalId, updatedAt: r.updatedAt, attributes: r.attributes }).success).toBe(true);
      expect(new Set(records.map((r) => `${r.source}/${r.externalId}`)).size).toBe(1500);
    }
  });

  it("two-source: persons only, each in the CRM, the ERP or both, few held twice in one", () => {
    const records = generateRecords({ rows: 3000, seed: 2, shape: "two-source" });
    expect(records.every((r) => r.attributes.lastName && !r.attributes.organizationName)).toBe(true);
    expect(new Set(records.map((r) => r.source))).toEqual(new Set(["crm", "erp"]));
    const groups = [...byEntity(records).values()];
    const inBoth = groups.filter((g) => new Set(g.map((r) => r.source)).size === 2).length / groups.length;
    expect(inBoth).toBeGreaterThan(0.35);
    const twiceInOne = groups.filter((g) => new Set(g.map((r) => r.source)).size < g.length).length / groups.length;
    expect(twiceInOne).toBeGreaterThan(0);
    expect(twiceInOne).toBeLessThan(0.08);
  });

  it("one-source: persons only, all in one source, 1 to 5 records each, most once and fewer at each count after", () => {
    const records = generateRecords({ rows: 5000, seed: 2, shape: "one-source" });
    expect(new Set(records.map((r) => r.source))).toEqual(new Set(["csv"]));
    expect(records.every((r) => !r.attributes.organizationName)).toBe(true);
    const sizes = [...byEntity(records).values()].map((g) => g.length);
    expect(Math.min(...sizes)).toBe(1);
    expect(Math.max(...sizes)).toBe(5);
    const counts = [1, 2, 3, 4, 5].map((k) => sizes.filter((n) => n === k).length);
    expect(counts[0] / sizes.length).toBeGreaterThan(0.55);
    for (let k = 1; k < 5; k++) expect(counts[k]).toBeLessThan(counts[k - 1]);
  });

  it("gives US persons US addresses in real cities, a state, a five-digit ZIP and SSN-shaped ids", () => {
    const records = generateRecords({ rows: 2000, seed: 5, shape: "two-source" }).filter((r) => r.attributes.country === "US" && !r.corruptions.length);
    expect(records.length).toBeGreaterThan(700);
    for (const r of records) {
      expect(r.attributes.region).toMatch(/^[A-Z]{2}$/);
      if (r.attributes.postalCode) expect(r.attributes.postalCode).toMatch(/^\d{5}$/);
      if (r.attributes.nationalId) expect(r.attributes.nationalId).toMatch(/^(?!000|666|9)\d{3}-(?!00)\d{2}-(?!0000)\d{4}$/);
      if (r.attributes.phone) expect(r.attributes.phone).toMatch(/^\+1[2-9]\d{2}[2-9]\d{6}$/);
    }
    expect(records.some((r) => /^(N|S|E|W|North|South|East|West) /.test(r.attributes.street ?? ""))).toBe(true);
    expect(records.some((r) => r.attributes.addressLine2?.startsWith("Apt "))).toBe(true);
  });

  it("gives the spreadsheet's US rows as US exports hold them: no country column, the number and unit in the street line", () => {
    for (const shape of ["one-source", "organizations"] as const) {
      const rows = generateRecords({ rows: 2000, seed: 6, shape }).filter((r) => r.source === "csv");
      expect(rows.length, shape).toBeGreaterThan(500);
      expect(rows.some((r) => r.attributes.country), shape).toBe(true);
      const us = rows.filter((r) => !r.attributes.country);
      expect(us.length / rows.length, shape).toBeGreaterThan(0.5);
      expect(us.every((r) => !r.attributes.houseNumber && !r.attributes.addressLine2), shape).toBe(true);
      expect(us.filter((r) => /^\d+ \S/.test(r.attributes.street ?? "")).length / us.length, shape).toBeGreaterThan(0.8);
      // Organization lists carry the whole address in one column; person spreadsheets keep town, state and ZIP apart.
      const whole = us.filter((r) => /, [^,]+, [A-Z]{2} \d{5}$/.test(r.attributes.street ?? "") && !r.attributes.city && !r.attributes.region);
      expect(whole.length / us.length, shape).toBeGreaterThan(shape === "organizations" ? 0.8 : -1);
      if (shape === "one-source") expect(whole, shape).toHaveLength(0);
      expect(us.some((r) => / (Apt|Ste) \w+(,|$)/.test(r.attributes.street ?? "")), shape).toBe(true);
    }
  });

  it("organizations: mostly US, sites of one organization share its phone and name stem but not a street address", () => {
    const records = generateRecords({ rows: 4000, seed: 3, shape: "organizations" });
    expect(records.every((r) => r.attributes.organizationName && !r.attributes.lastName)).toBe(true);
    const inUs = (r: BenchRecord) => r.attributes.country === "US" || (!r.attributes.country && r.source === "csv");
    expect(records.filter(inUs).length / records.length).toBeGreaterThan(0.8);
    const truth = [...byEntity(records).values()].map((g) => g.find((r) => !r.corruptions.length) ?? g[0]);
    const sites = truth.filter((r) => r.lookalikeOf?.relation === "site");
    expect(sites.length).toBeGreaterThan(200);
    const heads = new Map(truth.map((r) => [r.entityId, r]));
    let sharedPhone = 0;
    for (const site of sites) {
      const head = heads.get(site.lookalikeOf!.entityId);
      if (!head || head.corruptions.length || site.corruptions.length) continue;
      expect(site.attributes.organizationName!.startsWith(head.attributes.organizationName!.replace(/ Inc$/, ""))).toBe(true);
      const line = (r: BenchRecord) => [r.attributes.houseNumber, r.attributes.street].filter(Boolean).join(" ");
      expect(line(site)).not.toBe(line(head));
      if (site.attributes.phone === head.attributes.phone) sharedPhone++;
    }
    expect(sharedPhone / sites.length).toBeGreaterThan(0.4);
  });

  it("has corruptions that each either change a record or decline, in every shape", () => {
    const { byCountry } = createFakers(4);
    const f = byCountry.US;
    const customers = [makeUsPerson(f), ...makeSites(f)];
    for (const plan of Object.values(shapePlans)) {
      for (const c of plan.corruptions) {
        for (const a of customers) {
          const out = c.apply(a, { f, country: "US", switchboards: ["+12125550100"], freshAddress: () => ({ street: "Elm St", city: "Chicago" }) });
          if (out) expect(out, c.kind).not.toEqual(a);
        }
      }
    }
  });

  it("leaves the mixed population as it was", () => {
    expect(generateRecords({ rows: 500, seed: 1, shape: "mixed" })).toEqual(generateRecords({ rows: 500, seed: 1 }));
  });
});
