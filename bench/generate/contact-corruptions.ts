import { parsePhoneNumberFromString } from "libphonenumber-js";
import type { Faker } from "@faker-js/faker";
import { rewrite, rewriteOneOf, without, type Corruption } from "./corruption";
import { mailProviders } from "./locales";
import { ocrError, typo } from "./text-errors";

/** One digit replaced or two neighbouring digits swapped, the usual slips when keying numbers. */
function digitSlip(f: Faker, s: string): string | null {
  const digits = [...s.matchAll(/\d/g)].map((m) => m.index);
  if (digits.length < 2) return null;
  const at = f.helpers.arrayElement(digits.slice(1));
  if (f.datatype.boolean() && /\d/.test(s[at - 1] ?? "") && s[at - 1] !== s[at]) return s.slice(0, at - 1) + s[at] + s[at - 1] + s.slice(at + 1);
  const other = String((Number(s[at]) + f.number.int({ min: 1, max: 9 })) % 10);
  return s.slice(0, at) + other + s.slice(at + 1);
}

/** The same number as people write it at home: national format, a 00 prefix, or grouped by hand. */
function phoneSpelling(f: Faker, phone: string): string | null {
  const parsed = parsePhoneNumberFromString(phone);
  if (!parsed) return null;
  return f.helpers.arrayElement([
    () => parsed.formatNational(),
    () => parsed.formatNational().replace(/[\s()-]/g, ""),
    () => `00${parsed.countryCallingCode} ${parsed.nationalNumber}`,
    () => parsed.formatInternational().replace(/ /g, "-"),
  ])();
}

/** How contact data drifts: slips in addresses and numbers, other providers, other spellings, gaps. */
export const contactCorruptions: Corruption[] = [
  {
    kind: "typo:email",
    weight: 4,
    apply: (a, { f }) => rewrite(a, "email", (v) => (v.includes("@") ? `${typo(f, v.split("@")[0])}@${v.split("@")[1]}` : null)),
  },
  {
    kind: "email-domain",
    weight: 4,
    apply: (a, { f, country }) =>
      rewrite(a, "email", (v) => `${v.split("@")[0]}@${f.helpers.arrayElement(mailProviders[country].filter((p) => !v.endsWith(`@${p}`)))}`),
  },
  { kind: "typo:phone", weight: 3, apply: (a, { f }) => rewrite(a, "phone", (v) => digitSlip(f, v)) },
  { kind: "ocr:digits", weight: 2, apply: (a, { f }) => rewriteOneOf(f, a, ["phone", "postalCode", "nationalId", "taxId"], (v) => ocrError(f, v)) },
  { kind: "phone-format", weight: 7, apply: (a, { f }) => rewrite(a, "phone", (v) => phoneSpelling(f, v)) },
  { kind: "typo:id", weight: 1, apply: (a, { f }) => rewriteOneOf(f, a, ["nationalId", "taxId"], (v) => digitSlip(f, v)) },
  { kind: "missing:email", weight: 6, apply: (a) => without(a, ["email"]) },
  { kind: "missing:phone", weight: 6, apply: (a) => without(a, ["phone"]) },
  { kind: "missing:dob", weight: 5, apply: (a) => without(a, ["dateOfBirth"]) },
  { kind: "missing:id", weight: 2, apply: (a) => without(a, ["nationalId", "taxId"]) },
];
