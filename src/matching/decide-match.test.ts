import { describe, expect, it } from "vitest";
import type { CustomerAttributes } from "@/src/golden/attributes";
import { decideMatch } from "./decide-match";
import type { Candidate } from "@/src/matching/blocking/find-candidates";
import { scorePair } from "./score-pair";
import { countSharedValues } from "./shared-values";

const thresholds = { auto: 0.9, review: 0.6, sameSource: 0.9999 };
/** A system that keeps one record per customer: its own second record needs the within-source bar. */
const CRM = { id: "source-crm", mayHoldDuplicates: false };
const ERP = { id: "source-erp", mayHoldDuplicates: false };

const name = { firstName: "Anna", lastName: "Schmidt" };
const incoming: CustomerAttributes = {
  ...name,
  email: "anna.schmidt@example.de",
  phone: "+493012345678",
  city: "Berlin",
  postalCode: "10115",
};

let seq = 0;
function candidate(goldenRecordId: string, sourceId: string, standardized: CustomerAttributes): Candidate {
  seq += 1;
  return { sourceRecordId: `sr-${seq}`, goldenRecordId, sourceId, externalId: `ext-${seq}`, standardized };
}

describe("decideMatch", () => {
  it("links to the golden record of a sure match from another source", () => {
    const decision = decideMatch(incoming, CRM, [
      candidate("g-weak", ERP.id, { ...name, city: "Berlin" }),
      candidate("g-sure", ERP.id, { ...incoming }),
    ], thresholds);
    expect(decision.kind).toBe("link");
    if (decision.kind !== "link") return;
    expect(decision.best.goldenRecordId).toBe("g-sure");
    expect(decision.best.score).toBeGreaterThanOrEqual(thresholds.auto);
    expect(decision.best.fields.map((f) => f.attribute)).toContain("email");
  });

  it("scores a golden record by its best source record, whichever comes first", () => {
    const weak = candidate("g-1", ERP.id, { ...name, city: "Hamburg" });
    const sure = candidate("g-1", "source-shop", { ...incoming });
    for (const order of [[weak, sure], [sure, weak]]) {
      const decision = decideMatch(incoming, CRM, order, thresholds);
      expect(decision).toMatchObject({ kind: "link", best: { goldenRecordId: "g-1" } });
      if (decision.kind === "link") expect(decision.best.score).toBe(scorePair(incoming, sure.standardized).score);
    }
  });

  it("proposes the review band as suspects, best first, at most five", () => {
    const others: CustomerAttributes[] = [
      { ...name },
      { ...name, postalCode: "10115" },
      { ...name, city: "Berlin" },
      { ...name, postalCode: "10115", phone: "+4940999999", city: "Potsdam" },
      { ...name, postalCode: "10115", city: "Potsdam" },
      { ...name, phone: "+493012345678", email: "a.s@example.com" },
      { ...name, phone: "+493012345678", email: "a.s@example.com", postalCode: "14467" },
    ];
    const candidates = others.map((o, i) => candidate(`g-${i}`, ERP.id, o));
    // Two of them share the incoming phone, which counts for less for each of them.
    const shared = countSharedValues(incoming, candidates);
    expect(shared).toEqual({ phone: 2 });
    const scores = others.map((o) => scorePair(incoming, o, undefined, shared).score);
    const ranked = [...scores].sort((a, b) => b - a);
    expect(new Set(ranked).size).toBeGreaterThan(5);
    // A band that holds all but the weakest candidate, and no automatic link.
    const band = { auto: ranked[0] + 1e-9, review: ranked[ranked.length - 2], sameSource: 1 };
    const decision = decideMatch(incoming, CRM, candidates, band);
    expect(decision.kind).toBe("review");
    if (decision.kind !== "review") return;
    expect(decision.suspects).toHaveLength(5);
    expect(decision.suspects.map((s) => s.score)).toEqual(ranked.slice(0, 5));
    for (const s of decision.suspects) expect(s.fields.length).toBeGreaterThan(0);
  });

  it("creates a new golden record when nothing reaches the review threshold, or nothing was found", () => {
    const others = [{ ...name }, { firstName: "Bernd", lastName: "Weber", city: "Berlin" }];
    const best = Math.max(...others.map((o) => scorePair(incoming, o).score));
    const weak = decideMatch(incoming, CRM, others.map((o, i) => candidate(`g-${i}`, ERP.id, o)), { auto: 0.99, review: best + 1e-9, sameSource: 0.9999 });
    expect(weak).toEqual({ kind: "new" });
    expect(decideMatch(incoming, CRM, [], thresholds)).toEqual({ kind: "new" });
  });

  const likely = { ...name, email: incoming.email };

  it("does not auto-link to a golden record holding another record of the same source below the stricter bar", () => {
    const decision = decideMatch(incoming, CRM, [candidate("g-same", CRM.id, likely)], thresholds);
    expect(decision.kind).toBe("review");
    if (decision.kind !== "review") return;
    expect(decision.suspects.map((s) => s.goldenRecordId)).toEqual(["g-same"]);
    expect(decision.suspects[0].score).toBeGreaterThanOrEqual(thresholds.auto);
    expect(decideMatch(incoming, CRM, [candidate("g-other", ERP.id, likely)], thresholds).kind).toBe("link");
  });

  it("links a source's own second record at the ordinary bar when the source may hold duplicates", () => {
    const crmWithDuplicates = { ...CRM, mayHoldDuplicates: true };
    const decision = decideMatch(incoming, crmWithDuplicates, [candidate("g-same", CRM.id, likely)], thresholds);
    expect(decision).toMatchObject({ kind: "link", best: { goldenRecordId: "g-same" } });
  });

  it("links within one source only when the records agree on nearly everything", () => {
    const decision = decideMatch(incoming, CRM, [candidate("g-same", CRM.id, { ...incoming })], thresholds);
    expect(decision).toMatchObject({ kind: "link", best: { goldenRecordId: "g-same" } });
  });

  it("holds back the link even when the same-source record is not the best-scoring one of that golden", () => {
    const sameSourceFirst = decideMatch(incoming, CRM, [
      candidate("g-mixed", CRM.id, { ...name, city: "Berlin" }),
      candidate("g-mixed", ERP.id, likely),
    ], thresholds);
    const sameSourceLast = decideMatch(incoming, CRM, [
      candidate("g-mixed", ERP.id, likely),
      candidate("g-mixed", CRM.id, { ...name, city: "Berlin" }),
    ], thresholds);
    for (const decision of [sameSourceFirst, sameSourceLast]) {
      expect(decision.kind).toBe("review");
      if (decision.kind !== "review") continue;
      expect(decision.suspects).toHaveLength(1);
      expect(decision.suspects[0]).toMatchObject({ goldenRecordId: "g-mixed" });
      expect(decision.suspects[0].score).toBeGreaterThan(0.99);
    }
  });

  it("when it links, still proposes the other golden records in the review band", () => {
    const inBand = { ...name, city: "Berlin", postalCode: "10115" };
    const score = scorePair(incoming, inBand).score;
    expect(score).toBeGreaterThanOrEqual(thresholds.review);
    expect(score).toBeLessThan(thresholds.auto);
    const decision = decideMatch(incoming, CRM, [candidate("g-sure", ERP.id, { ...incoming }), candidate("g-also", ERP.id, inBand)], thresholds);
    expect(decision).toMatchObject({ kind: "link", best: { goldenRecordId: "g-sure" }, bridged: [], suspects: [{ goldenRecordId: "g-also" }] });
  });
});

describe("decideMatch: relatives", () => {
  it("never links two people who differ in first name however much else they share: a steward decides", () => {
    const twin = { firstName: "Lena", lastName: "Berger", dateOfBirth: "1990-05-04", phone: "+4930111222", street: "Ringstraße", houseNumber: "3", postalCode: "10115", city: "Berlin" };
    const decision = decideMatch({ ...twin, firstName: "Marie" }, CRM, [
      { sourceRecordId: "sr-t", goldenRecordId: "g-twin", sourceId: "source-erp", externalId: "t", standardized: twin },
    ], { auto: 0.5, review: 0.1, sameSource: 0.9999 });
    expect(decision).toMatchObject({ kind: "review", suspects: [{ goldenRecordId: "g-twin" }] });
  });

  it("takes a wholly different first name for keyed wrong when the two were born the same day and share a personal mailbox", () => {
    const lena = { firstName: "Lena", lastName: "Berger", dateOfBirth: "1990-05-04", email: "l.berger90@example.de", street: "Ringstraße", houseNumber: "3", postalCode: "10115", city: "Berlin" };
    const bar = { auto: 0.5, review: 0.1, sameSource: 0.9999 };
    const stored = [{ sourceRecordId: "sr-l", goldenRecordId: "g-lena", sourceId: "source-erp", externalId: "l", standardized: lena }];
    expect(decideMatch({ ...lena, firstName: "Marie" }, CRM, stored, bar).kind).toBe("link");
    // Twins keep mailboxes of their own; a role mailbox says nothing about who it is.
    expect(decideMatch({ ...lena, firstName: "Marie", email: "marie.berger@example.de" }, CRM, stored, bar).kind).toBe("review");
    const office = stored.map((c) => ({ ...c, standardized: { ...c.standardized, email: "info@example.de" } }));
    expect(decideMatch({ ...lena, firstName: "Marie", email: "info@example.de" }, CRM, office, bar).kind).toBe("review");
    // Another birthday: a household member who uses the same mailbox.
    expect(decideMatch({ ...lena, firstName: "Marie", dateOfBirth: "1962-11-20" }, CRM, stored, bar).kind).toBe("review");
  });

  it("never links a parent and the child named after them: same name and home, another birth date", () => {
    const parent = { firstName: "Karl", lastName: "Huber", dateOfBirth: "1958-02-11", phone: "+4989123456", street: "Hofweg", houseNumber: "7", postalCode: "80331", city: "München" };
    const decision = decideMatch({ ...parent, dateOfBirth: "1986-09-30" }, CRM, [
      { sourceRecordId: "sr-p", goldenRecordId: "g-parent", sourceId: "source-erp", externalId: "p", standardized: parent },
    ], { auto: 0.5, review: 0.1, sameSource: 0.9999 });
    expect(decision.kind).toBe("review");
  });

  it("sends a birth year a generation off by one digit to a steward, even on the same birthday, unless the two share a mailbox", () => {
    const senior = { firstName: "Tobias", lastName: "Gotthardt", dateOfBirth: "1971-01-07", email: "tobias.gotthardt@gmx.de", phone: "+498524467430", street: "Lindenweg", houseNumber: "17", postalCode: "78312", city: "Bad Lilia" };
    const band = { auto: 0.5, review: 0.1, sameSource: 0.9999 };
    const stored = [{ sourceRecordId: "sr-s", goldenRecordId: "g-senior", sourceId: "source-erp", externalId: "s", standardized: senior }];
    const junior = { ...senior, dateOfBirth: "1991-01-07", email: "tobias.gotthardt91@web.de" };
    expect(decideMatch(junior, CRM, stored, band)).toMatchObject({ kind: "review", suspects: [{ goldenRecordId: "g-senior" }] });
    expect(decideMatch({ ...senior, dateOfBirth: "1991-01-07" }, CRM, stored, band).kind).toBe("link");
    expect(decideMatch({ ...junior, dateOfBirth: "1972-01-07" }, CRM, stored, band).kind).toBe("link");
  });

  it("does not let a shared role mailbox settle a generation gap", () => {
    const senior = { firstName: "Tobias", lastName: "Gotthardt", dateOfBirth: "1971-01-07", email: "info@gotthardt-bau.de", phone: "+498524467430", postalCode: "78312", city: "Bad Lilia" };
    const stored = [{ sourceRecordId: "sr-s", goldenRecordId: "g-senior", sourceId: "source-erp", externalId: "s", standardized: senior }];
    expect(decideMatch({ ...senior, dateOfBirth: "1991-01-07" }, CRM, stored, { auto: 0.5, review: 0.1, sameSource: 0.9999 }).kind).toBe("review");
  });

  it("takes a generation gap for a typo when another record of that golden record has the incoming birth date", () => {
    const person = { firstName: "Marta", lastName: "Storl", dateOfBirth: "1951-01-22", phone: "+4976112345", postalCode: "19495", city: "Freiburg" };
    const typo = { sourceRecordId: "sr-t", goldenRecordId: "g-marta", sourceId: "source-erp", externalId: "t", standardized: { ...person, dateOfBirth: "1941-01-22" } };
    const right = { sourceRecordId: "sr-r", goldenRecordId: "g-marta", sourceId: "source-csv", externalId: "r", standardized: person };
    const band = { auto: 0.5, review: 0.1, sameSource: 0.9999 };
    expect(decideMatch(person, CRM, [typo], band).kind).toBe("review");
    for (const order of [[typo, right], [right, typo]]) expect(decideMatch(person, CRM, order, band).kind).toBe("link");
  });

  it("holds back the link when another record of that golden record gives the parent's birth date", () => {
    const parent = { firstName: "Karl", lastName: "Huber", phone: "+4989123456", street: "Hofweg", houseNumber: "7", postalCode: "80331", city: "München" };
    const child = { ...parent, dateOfBirth: "1986-09-30" };
    const undated = { sourceRecordId: "sr-u", goldenRecordId: "g-parent", sourceId: "source-erp", externalId: "u", standardized: parent };
    const dated = { sourceRecordId: "sr-d", goldenRecordId: "g-parent", sourceId: "source-csv", externalId: "d", standardized: { ...parent, dateOfBirth: "1958-02-11" } };
    const band = { auto: 0.5, review: 0.1, sameSource: 0.9999 };
    expect(decideMatch(child, CRM, [undated], band).kind).toBe("link");
    for (const order of [[undated, dated], [dated, undated]]) {
      expect(decideMatch(child, CRM, order, band)).toMatchObject({ kind: "review", suspects: [{ goldenRecordId: "g-parent" }] });
    }
  });

  it("takes a national id shared with any record of the golden record as proof of one person, whatever another record says", () => {
    const eva = { firstName: "Eva", lastName: "Lang", street: "Au", houseNumber: "2", postalCode: "6020", city: "Innsbruck", dateOfBirth: "1990-01-01" };
    const member = (id: string, standardized: CustomerAttributes) => ({ sourceRecordId: id, goldenRecordId: "g-eva", sourceId: "source-erp", externalId: id, standardized });
    const olderNamesake = member("sr-o", { ...eva, dateOfBirth: "1961-07-15" });
    const numbered = member("sr-n", { ...eva, nationalId: "1234567890" });
    const band = { auto: 0.5, review: 0.1, sameSource: 0.9999 };
    expect(decideMatch({ ...eva, nationalId: "1234567890" }, CRM, [olderNamesake, numbered], band).kind).toBe("link");
    expect(decideMatch({ ...eva, nationalId: "1234567890" }, CRM, [olderNamesake, member("sr-u", eva)], band).kind).toBe("review");
  });

  it("does not take a family mailbox for proof of one person, but does take a national id", () => {
    const home = { lastName: "Novak", email: "novak.family@example.cz", street: "Lipová", houseNumber: "4", postalCode: "11000", city: "Praha" };
    const candidates = [{ sourceRecordId: "sr-h", goldenRecordId: "g-home", sourceId: "source-erp", externalId: "h", standardized: { ...home, firstName: "Jana" } }];
    expect(decideMatch({ ...home, firstName: "Petr" }, CRM, candidates, { auto: 0.5, review: 0.1, sameSource: 0.9999 }).kind).toBe("review");
    const withId = candidates.map((c) => ({ ...c, standardized: { ...c.standardized, nationalId: "7501011234" } }));
    expect(decideMatch({ ...home, firstName: "Petr", nationalId: "7501011234" }, CRM, withId, { auto: 0.5, review: 0.1, sameSource: 0.9999 }).kind).toBe("link");
  });

  it("sends a record to a steward when one field was replaced wholesale and surname, address and phone agree, however low the score", () => {
    const home = { ...name, street: "Lindenstraße", houseNumber: "4", postalCode: "10115", city: "Berlin", phone: "+493012345678", dateOfBirth: "1970-03-02" };
    const keyedWrong = { ...home, firstName: "Gertrud" };
    // A review threshold just above the pair's score, as a model trained on data that rarely shows a replaced name would put it.
    const band = { auto: 1, review: scorePair(home, keyedWrong).score + 1e-9, sameSource: 1 };
    expect(decideMatch(home, CRM, [candidate("g-home", ERP.id, keyedWrong)], band)).toMatchObject({ kind: "review", suspects: [{ goldenRecordId: "g-home" }] });
    // Two fields differ: a household member, left alone.
    const relative = { ...keyedWrong, dateOfBirth: "1998-11-20" };
    expect(decideMatch(home, CRM, [candidate("g-home", ERP.id, relative)], band)).toEqual({ kind: "new" });
  });

  it("never merges two sites of one organization automatically: same name and switchboard, another street", () => {
    const headOffice = { organizationName: "Hope Services Society", phone: "+12175550100", street: "North Maple Street", houseNumber: "12", postalCode: "62701", city: "Springfield", country: "US" };
    const otherSite = { ...headOffice, street: "East Oak Avenue", houseNumber: "940", postalCode: "62704" };
    const band = { auto: 0.6, review: 0.3, sameSource: 0.9999 };
    expect(scorePair(headOffice, otherSite).score).toBeGreaterThanOrEqual(band.auto);
    expect(decideMatch(headOffice, CRM, [candidate("g-site", ERP.id, otherSite)], band)).toMatchObject({ kind: "review", suspects: [{ goldenRecordId: "g-site" }] });
    expect(decideMatch(headOffice, CRM, [candidate("g-same", ERP.id, { ...headOffice })], band)).toMatchObject({ kind: "link" });
    // Every site of a charity carries its one employer id: a shared tax id does not make two sites one.
    const taxed = { ...headOffice, taxId: "37-1234567" };
    expect(decideMatch(taxed, CRM, [candidate("g-site", ERP.id, { ...otherSite, taxId: "37-1234567" })], band)).toMatchObject({ kind: "review" });
    // The same name under another legal form is a sister company, unless the tax id says otherwise.
    const inc = { ...headOffice, organizationName: "Hope Services Inc" };
    expect(decideMatch(inc, CRM, [candidate("g-llc", ERP.id, { ...headOffice, organizationName: "Hope Services LLC" })], band)).toMatchObject({ kind: "review" });
    expect(decideMatch({ ...inc, taxId: "37-1234567" }, CRM, [candidate("g-llc", ERP.id, { ...headOffice, organizationName: "Hope Services LLC", taxId: "37-1234567" })], band)).toMatchObject({ kind: "link" });
  });

  it("counts a phone many customers share for less, and says so", () => {
    const switchboard = "+12175550100";
    const guest = { firstName: "Ada", lastName: "Quill", phone: switchboard };
    const holders = ["g-1", "g-2", "g-3", "g-4"].map((g, i) => candidate(g, ERP.id, { firstName: `Guest${i}`, lastName: `Other${i}`, phone: switchboard }));
    const alone = scorePair(guest, { ...guest });
    const amongMany = scorePair(guest, { ...guest }, undefined, countSharedValues(guest, [...holders, candidate("g-ada", ERP.id, { ...guest })]));
    const phone = (s: typeof alone) => s.fields.find((f) => f.attribute === "phone")!;
    expect(phone(amongMany).contribution).toBeCloseTo(phone(alone).contribution - Math.log(5), 6);
    expect(phone(amongMany).note).toBe("shared by 5 customers");
  });

  it("takes a birth date for keyed wrong when the two share the first name and a mailbox named after it, but not a family mailbox", () => {
    const melanie = { firstName: "Mélanie", lastName: "Blanchard", dateOfBirth: "1956-12-10", email: "melanie.blanchard85@laposte.net", phone: "+33383613105", postalCode: "97571", city: "Quimper" };
    const band = { auto: 0.9, review: 0.3, sameSource: 0.9999 };
    expect(decideMatch(melanie, CRM, [candidate("g-mel", ERP.id, { ...melanie, dateOfBirth: "2001-09-18" })], band)).toMatchObject({ kind: "link" });
    const family = { ...melanie, email: "famille.blanchard@laposte.net" };
    expect(decideMatch(family, CRM, [candidate("g-mel", ERP.id, { ...family, dateOfBirth: "2001-09-18" })], band)).toMatchObject({ kind: "review" });
  });

  it("shows two golden records to be one customer when a record is sure of both, but never a father and the son named after him", () => {
    const band = { auto: 0.9, review: 0.3, sameSource: 0.9999 };
    const anna = { ...incoming, dateOfBirth: "1971-03-04", street: "Lindenweg", houseNumber: "4" };
    // One customer kept twice: once without a phone, once without an email; the new record has both.
    const withoutPhone = candidate("g-1", ERP.id, { ...anna, phone: undefined });
    const withoutEmail = candidate("g-2", ERP.id, { ...anna, email: undefined });
    const decision = decideMatch(anna, CRM, [withoutPhone, withoutEmail], band);
    expect(decision).toMatchObject({ kind: "link", bridged: [{ goldenRecordId: expect.stringMatching(/^g-[12]$/) }] });

    const father = candidate("g-father", ERP.id, { ...anna, dateOfBirth: "1950-07-01" });
    const son = candidate("g-son", ERP.id, { ...anna, dateOfBirth: "1979-11-23", email: "a.schmidt.jr@example.de" });
    const noBirthDate = { ...anna, dateOfBirth: undefined };
    const either = decideMatch(noBirthDate, CRM, [father, son], band);
    expect(either).toMatchObject({ kind: "link", bridged: [] });
  });
});
