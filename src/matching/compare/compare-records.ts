import type { CustomerAttributes } from "@/src/golden/attributes";
import { compareAddresses } from "./compare-address";
import { compareEmails, comparePhones } from "./compare-contacts";
import { compareDates } from "./compare-dates";
import { compareCountries, compareIdentifiers } from "./compare-identifiers";
import { compareOrganizations, comparePersonNames } from "./compare-names";
import type { Comparison } from "./level";

/** The comparison vector of two standardized records: one level per field both of them have. */
export function compareRecords(left: CustomerAttributes, right: CustomerAttributes): Comparison[] {
  const countries = { left: left.country, right: right.country };
  const found: (Comparison | null)[] = [
    ...comparePersonNames(left, right),
    compareOrganizations(left, right),
    compareDates(left.dateOfBirth, right.dateOfBirth),
    compareEmails(left.email, right.email),
    comparePhones(left.phone, right.phone),
    compareAddresses(left, right),
    compareIdentifiers("nationalId", left.nationalId, right.nationalId, countries),
    compareIdentifiers("taxId", left.taxId, right.taxId, countries),
    compareCountries(left.country, right.country),
  ];
  return found.filter((c): c is Comparison => c !== null);
}
