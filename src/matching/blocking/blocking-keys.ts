import { doubleMetaphone } from "double-metaphone";
import type { CustomerAttributes } from "@/src/golden/attributes";
import { personalMailboxOf } from "@/src/standardize/emails";
import { foldForMatching as fold } from "@/src/standardize/fold";
import { namesOf } from "@/src/standardize/match-name";
import { organizationMatchName } from "@/src/standardize/organizations";
import { isUsableEmail } from "@/src/standardize/emails";

/** The keys looked up by equality; each is a column of SourceRecord with its own index. */
export const exactKeys = ["email", "phone", "nationalId", "taxId", "phoneticKey", "birthKey", "mailboxKey", "homeBirthKey", "nameSoundKey", "addressKey"] as const;

export type ExactKey = (typeof exactKeys)[number];

/** The indexed values candidate search looks a record up by; stored on each SourceRecord. */
export type BlockingKeys = Record<ExactKey, string | null> & { searchName: string | null };

const compact = (s: string) => fold(s).replace(/ /g, "");

/** The word a name is said by: a person's surname, else an organization's first word ("Franey" of "Franey & Hand Corp."). */
function soundingWord(a: CustomerAttributes): string {
  if (a.lastName) return compact(a.lastName);
  const organization = a.organizationName ? organizationMatchName(a.organizationName) : null;
  return organization ? organization.split(" ")[0] : "";
}

/**
 * The sound of a whole name, word order ignored: "Jon Smyth", "Smith John"
 * and "John Smith" share it wherever they live. A one-word name says too
 * little to be a key of its own (every "Smith"), so it gets none.
 */
function nameSoundOf(matchName: string | null): string | null {
  const codes = (matchName ?? "")
    .split(" ")
    .map((word) => (word ? doubleMetaphone(word)[0] : ""))
    .filter(Boolean);
  return codes.length >= 2 ? codes.sort().join(" ") : null;
}

/**
 * Several keys, any of which can bring a true duplicate into view: each
 * survives a different kind of error (a typo in the name keeps the email, a
 * new email keeps the name, a misspelt surname keeps its sound and the
 * birthday, a new provider keeps the mailbox name, swapped or abbreviated
 * names keep the birthday and the home, a moved customer with a new email
 * keeps the sound of the name, a misspelt name without email, phone or
 * birthday keeps the home), so together they reach far more duplicates
 * than any one.
 */
export function blockingKeysOf(a: CustomerAttributes): BlockingKeys {
  // Double Metaphone has no code for digits or other scripts: "Иван" and "7-Eleven" would share an empty one.
  const word = soundingWord(a);
  const sound = word ? doubleMetaphone(word)[0] : "";
  const postal = a.postalCode ? compact(a.postalCode) : "";
  const initial = a.firstName ? fold(a.firstName).charAt(0) : "";
  // "-" or "s/n" is no number: keyed by it, a whole postcode would share one home.
  const house = a.houseNumber && /\d/.test(a.houseNumber) ? compact(a.houseNumber) : "";
  const { matchName, searchName } = namesOf(a);
  return {
    searchName,
    email: a.email && isUsableEmail(a.email) ? a.email : null,
    phone: a.phone && a.phone.replace(/\D/g, "").length >= 6 ? a.phone : null,
    nationalId: a.nationalId || null,
    taxId: a.taxId || null,
    phoneticKey: sound && postal ? `${sound}|${postal}` : null,
    birthKey: a.dateOfBirth && initial ? `${a.dateOfBirth}|${initial}` : null,
    mailboxKey: personalMailboxOf(a.email),
    homeBirthKey: a.dateOfBirth && postal ? `${a.dateOfBirth}|${postal}` : null,
    nameSoundKey: nameSoundOf(matchName),
    addressKey: postal && house ? `${postal}|${house}` : null,
  };
}
