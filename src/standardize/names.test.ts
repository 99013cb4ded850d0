import { describe, expect, it } from "vitest";
import { standardizePersonName } from "./names";
import { splitFullName } from "./split-full-name";

describe("standardizePersonName", () => {
  it("removes salutations and titles in front of a name, several in a row included", () => {
    expect(standardizePersonName("Herr Dr. Hans Müller")).toBe("Hans Müller");
    expect(standardizePersonName("Prof. Dr. med. Anna Schmidt")).toBe("Anna Schmidt");
    expect(standardizePersonName("Dr.-Ing. Karl Weber")).toBe("Karl Weber");
    expect(standardizePersonName("Mme Élodie Durand")).toBe("Élodie Durand");
    expect(standardizePersonName("Sra. Ana García")).toBe("Ana García");
  });

  it("removes generational suffixes after a name, with or without a comma", () => {
    expect(standardizePersonName("John Smith, Jr.")).toBe("John Smith");
    expect(standardizePersonName("MR JOHN SMITH III")).toBe("John Smith");
    expect(standardizePersonName("Smith Sr")).toBe("Smith");
  });

  it("keeps a title-like word that is the name itself or stands after the given name", () => {
    expect(standardizePersonName("Herr")).toBe("Herr");
    expect(standardizePersonName("Trude Herr")).toBe("Trude Herr");
    expect(standardizePersonName("Dr. Phil Collins")).toBe("Phil Collins");
  });

  it("keeps numbers, and title-cases only names typed in one case", () => {
    expect(standardizePersonName("JOHN SMITH 3RD")).toBe("John Smith 3rd");
    expect(standardizePersonName("MEIßNER")).toBe("Meißner");
    expect(standardizePersonName("DR. McDonald")).toBe("McDonald");
  });
});

describe("splitFullName", () => {
  it("reads 'Last, First' by its comma and 'First Middle Last' by its last word", () => {
    expect(splitFullName("Schmidt, Anna")).toEqual({ firstName: "Anna", lastName: "Schmidt" });
    expect(splitFullName("Dr. Anna Maria Schmidt")).toEqual({ firstName: "Anna Maria", lastName: "Schmidt" });
    expect(splitFullName("Schmidt, Dr. Anna")).toEqual({ firstName: "Anna", lastName: "Schmidt" });
  });

  it("keeps family-name particles with the family name, but never takes the first word", () => {
    expect(splitFullName("Ludwig van Beethoven")).toEqual({ firstName: "Ludwig", lastName: "van Beethoven" });
    expect(splitFullName("Ana de la Cruz")).toEqual({ firstName: "Ana", lastName: "de la Cruz" });
    expect(splitFullName("Van Morrison")).toEqual({ firstName: "Van", lastName: "Morrison" });
  });

  it("ignores suffixes written as their own comma part", () => {
    expect(splitFullName("Smith, John, Jr.")).toEqual({ firstName: "John", lastName: "Smith" });
    expect(splitFullName("Anna Schmidt, PhD")).toEqual({ firstName: "Anna", lastName: "Schmidt" });
  });

  it("gives null instead of guessing: one word, several commas, digits, a company, nothing", () => {
    expect(splitFullName("Madonna")).toBeNull();
    expect(splitFullName("Herr Schmidt")).toBeNull();
    expect(splitFullName("Schmidt, Anna, Berlin")).toBeNull();
    expect(splitFullName("John Smith 3rd")).toBeNull();
    expect(splitFullName("ACME GmbH")).toBeNull();
    expect(splitFullName("Müller & Söhne KG")).toBeNull();
    expect(splitFullName(",")).toBeNull();
  });
});
