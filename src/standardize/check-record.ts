import type { AttributeName, CustomerAttributes } from "@/src/golden/attributes";
import { countryProblem, standardizeCountry } from "./countries";
import { birthDateProblem } from "./dates";
import { emailProblem } from "./emails";
import { phoneDoubt, phoneProblem } from "./phones";
import { standardizeRecord } from "./record";
import type { ValueWarning } from "./value-warnings";
import { hasVisibleCharacter, spelledOut } from "./visible";

/** The standardized record with every invalid value left out, and why each was left out. */
export type CheckedRecord = { standardized: CustomerAttributes; warnings: ValueWarning[] };

export const nameAttributes = ["organizationName", "fullName", "firstName", "lastName"] as const satisfies readonly AttributeName[];

/** Values that say who a customer is; a record left with none of them cannot be seen, searched or matched. */
const identifying: readonly AttributeName[] = [...nameAttributes, "email", "phone", "nationalId", "taxId"];

const given = (v: string | undefined): v is string => v !== undefined && v.trim() !== "";

const invisibleNameProblem = (value: string) => (hasVisibleCharacter(value) ? null : "has no visible character");

/** Checks of raw values that other attributes depend on: a dropped country must not place phones or postcodes. */
function checkBeforeStandardizing(raw: CustomerAttributes, warn: (a: AttributeName, problem: string) => void): CustomerAttributes {
  const kept = { ...raw };
  for (const name of nameAttributes) {
    const problem = given(raw[name]) ? invisibleNameProblem(raw[name]) : null;
    if (problem) {
      warn(name, problem);
      delete kept[name];
    }
  }
  const country = given(raw.country) ? countryProblem(standardizeCountry(raw.country)) : null;
  if (country) {
    warn("country", country);
    delete kept.country;
  }
  return kept;
}

/** Checks of standardized values: each one came from its own raw value alone, so dropping it drops nothing else. */
const afterStandardizing: [AttributeName, (value: string, country?: string) => string | null][] = [
  ["email", emailProblem],
  ["dateOfBirth", birthDateProblem],
];

/**
 * Standardizes a record for storing and matching, leaving out each value that
 * is not what its attribute claims: an email that is not an address, a birth
 * date that does not exist, lies in the future or before 1900, a country that
 * is not ISO 3166, a phone no number can be, a name with no visible
 * character (a phone of a possible length that libphonenumber finds invalid
 * is kept, with a warning saying so). Such a value stays in the raw record and is named in a
 * warning, so matching and survivorship never weigh it and a steward sees why.
 */
export function checkRecord(raw: CustomerAttributes): CheckedRecord {
  const warnings: ValueWarning[] = [];
  const warn = (attribute: AttributeName, problem: string) => warnings.push({ attribute, value: raw[attribute]!, problem });
  const kept = checkBeforeStandardizing(raw, warn);
  const standardized = standardizeRecord(kept);
  const problems: [AttributeName, string | null][] = [
    // A value standardizing emptied (only zero-width characters) is judged as sent, so it is not dropped without a word.
    ...afterStandardizing.map(([name, problemOf]): [AttributeName, string | null] => {
      const value = standardized[name] ?? (given(kept[name]) ? kept[name] : undefined);
      return [name, value === undefined ? null : problemOf(value, standardized.country)];
    }),
    ["phone", given(kept.phone) ? phoneProblem(kept.phone, standardized.country) : null],
  ];
  for (const [name, problem] of problems) {
    if (!problem) continue;
    warn(name, problem);
    delete standardized[name];
  }
  const doubt = standardized.phone !== undefined && given(kept.phone) ? phoneDoubt(kept.phone, standardized.country) : null;
  if (doubt) warnings.push({ attribute: "phone", value: raw.phone!, problem: doubt, kept: true });
  return { standardized, warnings };
}

/**
 * Why a record must be quarantined rather than stored, or null: it gives a
 * name, but no name it gives can be seen and nothing else (email, phone, an
 * identifier) says who the customer is, so it would become a golden record
 * no one can see, find or tell apart. Names the first name attribute sent.
 */
export function unidentifiableProblem(raw: CustomerAttributes): { attribute: AttributeName; message: string } | null {
  const names = nameAttributes.filter((n) => given(raw[n]));
  if (!names.length || names.some((n) => hasVisibleCharacter(raw[n]!))) return null;
  const { standardized } = checkRecord(raw);
  if (identifying.some((n) => standardized[n] !== undefined)) return null;
  const first = names[0];
  const only = spelledOut(raw[first]!.trim());
  return { attribute: first, message: `has no visible character (only ${only}), and nothing else in the record says who the customer is` };
}
