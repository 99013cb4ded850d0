import { validateEntity, validatePerson } from "stdnum";

/**
 * Whether an identifier fails every check its country defines for one
 * (check digit, length, ranges: python-stdnum's rules, ported). A number that
 * fails them was mistyped; one that passes may still belong to someone else.
 * Without a country, or for a country without rules, nothing is known.
 */
export function failsIdentifierCheck(field: "nationalId" | "taxId", value: string, country: string | undefined): boolean {
  if (!country) return false;
  const asPerson = validatePerson(country, value);
  // A tax number may be a company's or a person's.
  const asEntity = field === "taxId" ? validateEntity(country, value) : null;
  const checked = asPerson.checked || Boolean(asEntity?.checked);
  return checked && !asPerson.isValid && !asEntity?.isValid;
}
