import type { CustomerAttributes } from "@/src/golden/attributes";
import { foldForMatching } from "./fold";
import { stripNameAffixes } from "./name-affixes";
import { isNameParticle } from "./name-particles";
import { organizationMatchName } from "./organizations";
import { splitFullName } from "./split-full-name";

export type Names = { matchName: string | null; searchName: string | null };

/** "van der Meer" → "Meer"; a family name of one word or of particles only ("Le", "van der") is kept whole. */
function withoutLeadingParticles(familyName: string): string {
  const words = familyName.trim().split(/\s+/);
  const first = words.findIndex((word) => !isNameParticle(word));
  return first <= 0 ? familyName : words.slice(first).join(" ");
}

/** A person's names: given names then family name, without titles or suffixes; the search name also without leading particles. */
function personNames(a: CustomerAttributes): Names {
  const split = !a.firstName && !a.lastName && a.fullName ? splitFullName(a.fullName) : null;
  const given = split ? split.firstName : a.firstName;
  const familyName = split ? split.lastName : a.lastName;
  const name = (family: string | undefined) =>
    foldForMatching(
      [given, family]
        .filter((p): p is string => Boolean(p))
        .map(stripNameAffixes)
        .join(" ") || stripNameAffixes(a.fullName ?? ""),
    ) || null;
  const matchName = name(familyName);
  const searchFamily = familyName && withoutLeadingParticles(familyName);
  return { matchName, searchName: searchFamily === familyName ? matchName : name(searchFamily) };
}

/**
 * Both names of a record, read once, since blocking needs both.
 *
 * The match name is the folded name that scoring compares: the organization
 * without its legal form, else the person's given and family names without
 * titles, else the full name. Null when there is no name, or nothing but
 * punctuation, so an unnamed record never blocks with another.
 *
 * The search name is the name blocking searches by trigram: the match name
 * with the particles that begin a family name left out. "van der" is shared
 * by a large share of Dutch customers, so it made every "X van der Y" similar
 * to every other (at a million records the index handed back 19,000 rows to
 * recheck for "mara van der meer"), while "Anna Meer" and "Anna van der Meer",
 * one customer written two ways, fell below the bar. Given names ("Al",
 * "Van") and organizations keep every word.
 */
export function namesOf(a: CustomerAttributes): Names {
  const organization = a.organizationName ? organizationMatchName(a.organizationName) : null;
  return organization ? { matchName: organization, searchName: organization } : personNames(a);
}

/** The match name alone, for scoring (see namesOf). */
export function matchNameOf(a: CustomerAttributes): string | null {
  return namesOf(a).matchName;
}
