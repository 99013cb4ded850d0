import { describe, expect, it } from "vitest";
import type { CustomerAttributes } from "@/src/golden/attributes";
import { scorePair } from "./score-pair";
import { standardizeRecord } from "@/src/standardize/record";

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
    const names = fields.filter((f) => f.attribute === "firstName" || f.attribute === "lastName");
    expect(names).toHaveLength(2);
    for (const n of names) expect(n).toMatchObject({ level: "exact", note: "first and last name swapped" });
    expect(score).toBeGreaterThan(0.9);
  });

  it("adds no swap note when the names are in the same order", () => {
    expect(scorePair(anna, anna).fields.filter((f) => f.note === "first and last name swapped")).toEqual([]);
  });

  it("treats a value missing on one side as neutral: the same score as without the field", () => {
    for (const field of ["email", "phone", "dateOfBirth"] as const) {
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

  it("explains each compared field with attribute, both values, level, similarity and signed contribution", () => {
    const other = { ...anna, lastName: "Schmitt", dateOfBirth: "1985-03-08" };
    const { fields, prior } = scorePair(anna, other);
    expect(prior).toBeLessThan(0);
    expect(fields.map((f) => f.attribute)).toEqual(["firstName", "lastName", "dateOfBirth", "email", "phone", "address", "country"]);
    for (const f of fields) {
      expect(Object.keys(f).sort()).toEqual(expect.arrayContaining(["attribute", "contribution", "left", "level", "right", "similarity"]));
      expect(f.similarity).toBeGreaterThanOrEqual(0);
      expect(f.similarity).toBeLessThanOrEqual(1);
    }
    const byName = Object.fromEntries(fields.map((f) => [f.attribute, f]));
    expect(byName.lastName).toMatchObject({ left: "Schmidt", right: "Schmitt", level: "close" });
    expect(byName.dateOfBirth).toMatchObject({ left: "1985-03-07", right: "1985-03-08", level: "oneDigit", note: "one digit differs" });
    expect(byName.dateOfBirth.contribution).toBeGreaterThan(0);
    expect(byName.email).toMatchObject({ left: anna.email, right: anna.email, similarity: 1, level: "exact" });
    expect(byName.email.contribution).toBeGreaterThan(0);
  });

  it("forgives a day/month swap in the date of birth", () => {
    const swapped = scorePair(anna, { ...anna, dateOfBirth: "1985-07-03" });
    expect(swapped.fields.find((f) => f.attribute === "dateOfBirth")).toMatchObject({ level: "dayMonthSwapped" });
    expect(swapped.score).toBeGreaterThan(scorePair(anna, { ...anna, dateOfBirth: "1990-01-01" }).score);
  });

  it("keeps two people of one household apart: same surname and address, other first name", () => {
    const home = { lastName: "Schmidt", street: "Hauptstraße", houseNumber: "12", postalCode: "10115", city: "Berlin", country: "DE" };
    expect(scorePair({ ...home, firstName: "Anna" }, { ...home, firstName: "Klaus" }).score).toBeLessThan(0.6);
    expect(scorePair({ ...home, firstName: "Anna" }, { ...home, firstName: "Anna" }).score).toBeGreaterThan(0.9);
  });

  it("gives a probability between 0 and 1 and the same result in either direction", () => {
    const other = standardizeRecord({ fullName: "Anna Schmid", email: "anna.schmidt@example.de", dateOfBirth: "1985-03-07" });
    const ab = scorePair(anna, other).score;
    expect(ab).toBeGreaterThan(0);
    expect(ab).toBeLessThan(1);
    expect(scorePair(other, anna).score).toBeCloseTo(ab, 12);
  });
});
