import { describe, expect, it } from "vitest";
import { createFakers } from "./locales";
import { makeLookalike } from "./make-lookalike";
import { makeOrganization } from "./make-organization";
import { makePerson } from "./make-person";
import type { TrueEntity } from "./types";

describe("makeLookalike", () => {
  const { byCountry } = createFakers(8);
  const f = byCountry.DE;
  const person: TrueEntity = { entityId: "E1", kind: "person", country: "DE", attributes: { ...makePerson(f, "DE"), dateOfBirth: "1960-03-04" } };
  const company: TrueEntity = { entityId: "E2", kind: "organization", country: "DE", attributes: { ...makeOrganization(f, "DE"), organizationName: "Gerlach GmbH" } };
  const seen = new Map<string, number>();

  it("builds people who resemble the original the way relatives and namesakes do", () => {
    for (let i = 0; i < 300; i++) {
      const { attributes: a, relation } = makeLookalike(f, person);
      seen.set(relation, (seen.get(relation) ?? 0) + 1);
      const b = person.attributes;
      expect(a.lastName, relation).toBe(b.lastName);
      if (relation === "household") expect(a.street).toBe(b.street);
      if (relation === "namesake" || relation === "parent-child") expect(a.firstName).toBe(b.firstName);
      if (relation === "parent-child") expect(Math.abs(Number(a.dateOfBirth?.slice(0, 4)) - 1960)).toBeGreaterThanOrEqual(20);
      if (relation === "twin") expect(a.dateOfBirth).toBe(b.dateOfBirth);
      if (relation !== "household" && a.email) expect(a.email).not.toBe(b.email);
    }
    expect([...seen.keys()].sort()).toEqual(["household", "namesake", "parent-child", "twin"]);
  });

  it("builds sister companies under the same name with a tax number of their own", () => {
    for (let i = 0; i < 50; i++) {
      const { attributes: a, relation } = makeLookalike(f, company);
      expect(relation).toBe("sister-company");
      expect(a.organizationName).toMatch(/^Gerlach /);
      expect(a.organizationName).not.toBe("Gerlach GmbH");
      if (a.taxId && company.attributes.taxId) expect(a.taxId).not.toBe(company.attributes.taxId);
    }
  });
});
