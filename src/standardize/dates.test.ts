import { describe, expect, it } from "vitest";
import { standardizeRecord } from "./record";
import { standardizeDate } from "./dates";

describe("standardizeDate", () => {
  it("reads the numeric spellings year first", () => {
    expect(standardizeDate("1980-03-12")).toBe("1980-03-12");
    expect(standardizeDate("1980-03-12T23:30:00+01:00")).toBe("1980-03-12");
    expect(standardizeDate("19800312")).toBe("1980-03-12");
    expect(standardizeDate("1980/03/12")).toBe("1980-03-12");
    expect(standardizeDate("1980.3.12")).toBe("1980-03-12");
  });

  it("reads day first by default, month first only when the day-first reading is impossible", () => {
    expect(standardizeDate("12.03.1980")).toBe("1980-03-12");
    expect(standardizeDate("05/06/1980")).toBe("1980-06-05");
    expect(standardizeDate("25/12/1980")).toBe("1980-12-25");
    expect(standardizeDate("12/25/1980")).toBe("1980-12-25");
    expect(standardizeDate("5-6-1980")).toBe("1980-06-05");
  });

  it("reads month first for a US record, day first only when the month-first reading is impossible", () => {
    expect(standardizeDate("03/04/1980", "US")).toBe("1980-03-04");
    expect(standardizeDate("3/4/1980", "US")).toBe("1980-03-04");
    expect(standardizeDate("12/25/1980", "US")).toBe("1980-12-25");
    expect(standardizeDate("25/12/1980", "US")).toBe("1980-12-25");
    expect(standardizeDate("03/04/1980", "GB")).toBe("1980-04-03");
    expect(standardizeDate("1980-03-04", "US")).toBe("1980-03-04");
  });

  it("reads a US export's birth dates month first when its state places it, with no country column", () => {
    expect(standardizeRecord({ dateOfBirth: "03/04/1980", region: "TX", postalCode: "78701" }).dateOfBirth).toBe("1980-03-04");
    expect(standardizeRecord({ dateOfBirth: "03/04/1980", postalCode: "3511 AB" }).dateOfBirth).toBe("1980-04-03");
  });

  it("reads month names and abbreviations in English, German and French", () => {
    for (const written of ["12 Mar 1980", "12 March 1980", "12-Mar-1980", "12. März 1980", "12 Mrz. 1980", "March 12, 1980", "Mar 12 1980", "12th March 1980", "12 mars 1980"]) {
      expect(standardizeDate(written), written).toBe("1980-03-12");
    }
    expect(standardizeDate("1 juillet 1980")).toBe("1980-07-01");
    expect(standardizeDate("1 Sept. 1980")).toBe("1980-09-01");
  });

  it("keeps dates that do not exist, are too old or lie in the future as typed", () => {
    for (const bad of ["31.02.1990", "29.02.1990", "13/13/1980", "01.01.1899", "01.01.2999", "19801332"]) {
      expect(standardizeDate(bad), bad).toBe(bad);
    }
    expect(standardizeDate("29.02.1992")).toBe("1992-02-29");
  });

  it("does not guess a century, a month name that could be two months, or a date without a year", () => {
    for (const unsure of ["7.3.85", "12/03/80", "12 Ju 1980", "12 Jui 1980", "March 7th", "12 Smarch 1980", ""]) {
      expect(standardizeDate(unsure), unsure).toBe(unsure);
    }
  });
});
