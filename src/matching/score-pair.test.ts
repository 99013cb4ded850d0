import { describe, expect, it } from "vitest";
import type { CustomerAttributes } from "../golden/attributes";
import { scorePair } from "./score-pair";
import { standardizeRecord } from "./standardize-record";

const anna = standardizeRecord({
  firstName: "Anna",
  lastName: "Schmidt",
  email: "anna.schmidt@example.de",
  phone: "030 12345678",
  country: "DE",
  dateOfBirth: "07.03.1985",
  city: "Berlin",
  postalCode: "10115",
});

const without = (a: CustomerAttributes, name: keyof CustomerAttributes): CustomerAttributes => {
  const copy = { ...a };
  delete copy[name];
  return copy;
};

describe("scorePair", () => {
  it("scores the same customer spelled by two sources above 0.9", () => {
    const crm = standardizeRecord({ firstName: "ANNA", lastName: "SCHMIDT", email: "Anna.Schmidt@example.de", phone: "+49 30 1234 5678" });
    const erp = standardizeRecord({ firstName: "Anna", lastName: "Schmidt", email: "anna.schmidt@example.de", phone: "030/12345678", country: "DE" });
    expect(scorePair(crm, erp).score).toBeGreaterThan(0.9);
    expect(scorePair(anna, anna).score).toBeGreaterThan(0.9);
  });

  it("scores two different people sharing only a city low", () => {
    const other = standardizeRecord({ firstName: "Bernd", lastName: "Weber", email: "bw@example.com", city: "Berlin" });
    expect(scorePair(anna, other).score).toBeLessThan(0.1);
  });

  it("notices first and last name swapped, and says so in the evidence", () => {
    const swapped = { ...anna, firstName: "Schmidt", lastName: "Anna" };
    const { score, fields } = scorePair(anna, swapped);
    const name = fields.find((f) => f.attribute === "name");
    expect(name).toMatchObject({ left: "anna schmidt", right: "schmidt anna", similarity: 1 });
    expect(name?.note).toMatch(/another order/);
    expect(score).toBeGreaterThan(0.9);
  });

  it("adds no order note when the names are in the same order", () => {
    const name = scorePair(anna, anna).fields.find((f) => f.attribute === "name");
    expect(name?.note).toBeUndefined();
  });

  it("treats a value missing on one side as neutral: the same score as without the field", () => {
    for (const field of ["email", "phone", "dateOfBirth", "postalCode"] as const) {
      const oneSideMissing = scorePair(anna, without(anna, field));
      const bothMissing = scorePair(without(anna, field), without(anna, field));
      expect(oneSideMissing.score, field).toBe(bothMissing.score);
      expect(oneSideMissing.fields.map((f) => f.attribute)).not.toContain(field);
    }
  });

  it("treats a missing name as neutral too", () => {
    const noName = without(without(anna, "firstName"), "lastName");
    expect(scorePair(anna, noName).score).toBe(scorePair(noName, noName).score);
  });

  it("lowers the score when dates of birth disagree", () => {
    const sameDob = scorePair(anna, anna).score;
    const otherDob = scorePair(anna, { ...anna, dateOfBirth: "1990-01-01" });
    expect(otherDob.score).toBeLessThan(sameDob);
    const noDob = scorePair(without(anna, "dateOfBirth"), without(anna, "dateOfBirth")).score;
    expect(otherDob.score).toBeLessThan(noDob);
    expect(otherDob.fields.find((f) => f.attribute === "dateOfBirth")?.contribution).toBeLessThan(0);
  });

  it("lowers the score when emails disagree, compared with emails that agree", () => {
    const base = { firstName: "Anna", lastName: "Schmidt" };
    const agree = scorePair({ ...base, email: "a@x.de" }, { ...base, email: "A@X.DE" }).score;
    const disagree = scorePair({ ...base, email: "a@x.de" }, { ...base, email: "b@x.de" }).score;
    expect(agree).toBeGreaterThan(0.5);
    expect(disagree).toBeLessThan(0.5);
  });

  it("explains each compared field with attribute, both values, similarity and contribution", () => {
    const other = { ...anna, lastName: "Schmitt", dateOfBirth: "1985-03-08" };
    const { fields } = scorePair(anna, other);
    expect(fields.map((f) => f.attribute)).toEqual(["name", "email", "phone", "dateOfBirth", "postalCode", "city"]);
    for (const f of fields) {
      expect(Object.keys(f).sort()).toEqual(["attribute", "contribution", "left", "right", "similarity"]);
      expect(f.similarity).toBeGreaterThanOrEqual(0);
      expect(f.similarity).toBeLessThanOrEqual(1);
    }
    expect(fields[0]).toMatchObject({ attribute: "name", left: "anna schmidt", right: "anna schmitt" });
    expect(fields[0].similarity).toBeGreaterThan(0.9);
    expect(fields[0].similarity).toBeLessThan(1);
    expect(fields[3]).toMatchObject({ left: "1985-03-07", right: "1985-03-08", similarity: 0 });
    expect(fields[1]).toMatchObject({ left: anna.email, right: anna.email, similarity: 1 });
    expect(fields[1].contribution).toBeGreaterThan(0);
  });

  it("gives a probability between 0 and 1 and the same result in either direction", () => {
    const other = standardizeRecord({ fullName: "Anna Schmid", email: "anna.schmidt@example.de", dateOfBirth: "1985-03-07" });
    const ab = scorePair(anna, other).score;
    expect(ab).toBeGreaterThan(0);
    expect(ab).toBeLessThan(1);
    expect(scorePair(other, anna).score).toBeCloseTo(ab, 12);
  });
});
