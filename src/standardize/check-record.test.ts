import { describe, expect, it } from "vitest";
import { checkRecord, unidentifiableProblem } from "./check-record";
import { standardizeRecord } from "./record";

const thisYear = new Date().getUTCFullYear();

describe("checkRecord", () => {
  it("leaves a valid record exactly as standardizeRecord makes it, with no warnings", () => {
    const raw = {
      fullName: " DR. ANNA MARIA SCHMIDT ",
      country: "Deutschland",
      phone: "069 1234567",
      dateOfBirth: "12. März 1980",
      email: " Anna@Example.DE",
      organizationName: "Müller & Söhne GmbH",
    };
    expect(checkRecord(raw)).toEqual({ standardized: standardizeRecord(raw), warnings: [] });
  });

  it("drops an email that is not an address, keeping it in the warning as sent", () => {
    for (const email of ["not an email", "anna@", "@example.com", "anna@example", "anna@@example.com", "anna..b@example.com", "anna@exa mple.com", "anna@-x.com"]) {
      const { standardized, warnings } = checkRecord({ lastName: "Meyer", email });
      expect(standardized, email).toEqual({ lastName: "Meyer" });
      expect(warnings, email).toEqual([{ attribute: "email", value: email, problem: expect.stringMatching(/^is (not an email address|too long)/) }]);
    }
    for (const email of ["anna.o'neil+crm@mail.example.co.uk", "Jörg@müller.de", "noemail@example.com", "a@b.de", "x@xn--mller-kva.de"]) {
      expect(checkRecord({ email }).warnings, email).toEqual([]);
    }
  });

  it("drops a birth date that does not exist, lies in the future or before 1900, or cannot be read, saying which", () => {
    const cases: [string, string][] = [
      ["31/02/1990", "is not a real calendar date"],
      ["29.02.1990", "is not a real calendar date"],
      ["2999-01-01", "lies in the future"],
      [`01.01.${thisYear + 1}`, "lies in the future"],
      ["01.01.1899", "lies before 1900"],
      ["7.3.85", "is not a date that can be read; give day, month and a four-digit year, such as 1980-03-12"],
      ["yesterday", "is not a date that can be read; give day, month and a four-digit year, such as 1980-03-12"],
    ];
    for (const [dateOfBirth, problem] of cases) {
      expect(checkRecord({ lastName: "Meyer", dateOfBirth }), dateOfBirth).toEqual({
        standardized: { lastName: "Meyer" },
        warnings: [{ attribute: "dateOfBirth", value: dateOfBirth, problem }],
      });
    }
    expect(checkRecord({ dateOfBirth: "29.02.1992" })).toEqual({ standardized: { dateOfBirth: "1992-02-29" }, warnings: [] });
    expect(checkRecord({ dateOfBirth: "1900-01-01" }).warnings).toEqual([]);
  });

  it("drops a country that is not ISO 3166, and reads phones and postcodes as if no country were given", () => {
    const { standardized, warnings } = checkRecord({ country: "Narnia", phone: "030 12345678", postalCode: "d-10115" });
    expect(standardized).toEqual(standardizeRecord({ phone: "030 12345678", postalCode: "d-10115" }));
    expect(warnings).toEqual([{ attribute: "country", value: "Narnia", problem: expect.stringContaining("ISO 3166") }]);
    for (const country of ["XX", "ZZZ", "Atlantis"]) expect(checkRecord({ country }).warnings, country).toHaveLength(1);
    for (const country of ["de", "DEU", "Österreich", "UK", "U.S.A."]) expect(checkRecord({ country }).warnings, country).toEqual([]);
  });

  it("drops a value no phone number can be, keeps one of a possible length that is not in use with a doubt, and keeps a local number it cannot place", () => {
    const cases: [Record<string, string>, string][] = [
      [{ phone: "12-3", country: "US" }, "is not a possible phone number in US"],
      [{ phone: "+49 12" }, "is not a possible international phone number"],
      [{ phone: "call me" }, "is not a phone number: it has no digits"],
      [{ phone: "123" }, "is not a phone number: it has 3 digits, not 5 to 15"],
    ];
    for (const [raw, problem] of cases) {
      const { standardized, warnings } = checkRecord(raw);
      expect(standardized.phone, raw.phone).toBeUndefined();
      expect(warnings, raw.phone).toEqual([{ attribute: "phone", value: raw.phone, problem }]);
    }
    // A made-up area code is most often a typing slip: one digit off, it still tells two records apart from strangers.
    expect(checkRecord({ phone: "(485) 555-0199", country: "US" })).toEqual({
      standardized: { phone: "4855550199", country: "US" },
      warnings: [{ attribute: "phone", value: "(485) 555-0199", problem: "is not a valid phone number in US; kept for matching, check it", kept: true }],
    });
    expect(checkRecord({ phone: "030 12345678", country: "DE" })).toEqual({ standardized: { phone: "+493012345678", country: "DE" }, warnings: [] });
    expect(checkRecord({ phone: "0049 30 12345678" }).standardized.phone).toBe("+493012345678");
    expect(checkRecord({ phone: "030 12345678" })).toEqual({ standardized: { phone: "03012345678" }, warnings: [] });
  });

  it("drops a name with no visible character and keeps the names a person can see", () => {
    for (const invisible of ["\u200B\u200B", "\u202E", "\u2066\u2069", "\u3164", "\u200D\u0301"]) {
      const { standardized, warnings } = checkRecord({ firstName: invisible, lastName: "Meyer", fullName: "Anna Meyer" });
      expect(standardized, invisible).toEqual({ lastName: "Meyer", fullName: "Anna Meyer" });
      expect(warnings, invisible).toEqual([{ attribute: "firstName", value: invisible, problem: "has no visible character" }]);
    }
    const split = checkRecord({ fullName: "Anna Meyer", organizationName: "\uFEFF" });
    expect(split.standardized).toEqual({ fullName: "Anna Meyer", firstName: "Anna", lastName: "Meyer" });
  });

  it("removes RTL overrides and zero-width spaces from a visible value, and keeps the joiners scripts need", () => {
    expect(checkRecord({ lastName: "Mey\u202Eer\u200B", city: "\u2066Köln\u2069" })).toEqual({ standardized: { lastName: "Meyer", city: "Köln" }, warnings: [] });
    expect(checkRecord({ firstName: "می\u200Cخواهم" }).standardized.firstName).toBe("می\u200Cخواهم");
  });

  it("warns about a value that only standardizing emptied instead of dropping it silently", () => {
    expect(checkRecord({ email: "\u200B" }).warnings).toEqual([{ attribute: "email", value: "\u200B", problem: "is not an email address: it has no @" }]);
  });
});

describe("unidentifiableProblem", () => {
  it("names the first invisible name when nothing else says who the customer is", () => {
    expect(unidentifiableProblem({ firstName: "\u200B\u200C", lastName: "\u200B", city: "Berlin" })).toEqual({
      attribute: "firstName",
      message: "has no visible character (only U+200B U+200C), and nothing else in the record says who the customer is",
    });
    expect(unidentifiableProblem({ organizationName: "\u202E", email: "not an email" })?.attribute).toBe("organizationName");
  });

  it("lets a record through that has a visible name, another identifier, or no name at all", () => {
    expect(unidentifiableProblem({ firstName: "\u200B", lastName: "Meyer" })).toBeNull();
    expect(unidentifiableProblem({ firstName: "\u200B", email: "anna@example.com" })).toBeNull();
    expect(unidentifiableProblem({ fullName: "\u200B", taxId: "DE123456789" })).toBeNull();
    expect(unidentifiableProblem({ city: "Berlin" })).toBeNull();
    expect(unidentifiableProblem({})).toBeNull();
  });
});
