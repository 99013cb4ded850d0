import type { CustomerAttributes } from "../../golden/attributes";
import { foldForMatching } from "./fold";
import { stripNameAffixes } from "./name-affixes";
import { organizationMatchName } from "./organizations";
import { splitFullName } from "./split-full-name";

/** A person's name for matching: given names then family name, without titles or suffixes. */
function personMatchName(a: CustomerAttributes): string {
  const split = !a.firstName && !a.lastName && a.fullName ? splitFullName(a.fullName) : null;
  const parts = split ? [split.firstName, split.lastName] : [a.firstName, a.lastName];
  const person = parts.filter((p): p is string => Boolean(p)).map(stripNameAffixes).join(" ");
  return foldForMatching(person || stripNameAffixes(a.fullName ?? ""));
}

/**
 * The folded name that blocking and scoring compare: the organization
 * without its legal form, else the person's given and family names without
 * titles, else the full name. Null when there is no name, or nothing but
 * punctuation, so an unnamed record never blocks with another.
 */
export function matchNameOf(a: CustomerAttributes): string | null {
  const organization = a.organizationName ? organizationMatchName(a.organizationName) : null;
  return organization || personMatchName(a) || null;
}
