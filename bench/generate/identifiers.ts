import type { Faker } from "@faker-js/faker";
import type { Country } from "./locales";

/**
 * A national identity or tax number in the shape each country prints it,
 * spaces and dashes included, because sources copy them as printed.
 */
export function nationalIdFor(f: Faker, country: Country, dateOfBirth?: string): string {
  switch (country) {
    case "US":
      return f.helpers.replaceSymbols("###-##-####");
    case "DE":
      return `${f.number.int({ min: 1, max: 9 })}${f.string.numeric(10)}`;
    case "FR": {
      const [year, month] = dateOfBirth ? [dateOfBirth.slice(2, 4), dateOfBirth.slice(5, 7)] : [f.string.numeric(2), "01"];
      return `${f.helpers.arrayElement(["1", "2"])} ${year} ${month} ${f.string.numeric(2)} ${f.string.numeric(3)} ${f.string.numeric(3)} ${f.string.numeric(2)}`;
    }
    case "NL":
      return f.string.numeric(9);
    case "GB":
      return `${f.string.alpha({ length: 2, casing: "upper" })} ${f.string.numeric(2)} ${f.string.numeric(2)} ${f.string.numeric(2)} ${f.helpers.arrayElement(["A", "B", "C", "D"])}`;
  }
}

/** A company's VAT or employer number as it appears on invoices. */
export function companyTaxIdFor(f: Faker, country: Country): string {
  switch (country) {
    case "US":
      return f.helpers.replaceSymbols("##-#######");
    case "DE":
      return `DE${f.string.numeric(9)}`;
    case "FR":
      return `FR${f.string.numeric(2)} ${f.string.numeric(3)} ${f.string.numeric(3)} ${f.string.numeric(3)}`;
    case "NL":
      return `NL${f.string.numeric(9)}B01`;
    case "GB":
      return `GB${f.string.numeric(3)} ${f.string.numeric(4)} ${f.string.numeric(2)}`;
  }
}

/**
 * A Social Security number as the SSA issues them: never area 000, 666 or
 * 900+, never group 00 or serial 0000, so a check a source runs would pass it.
 */
export function ssnFor(f: Faker): string {
  const area = f.helpers.arrayElement([f.number.int({ min: 1, max: 665 }), f.number.int({ min: 667, max: 899 })]);
  const group = f.number.int({ min: 1, max: 99 });
  const serial = f.number.int({ min: 1, max: 9999 });
  return `${String(area).padStart(3, "0")}-${String(group).padStart(2, "0")}-${String(serial).padStart(4, "0")}`;
}
