import type { CustomerAttributes } from "../../golden/attributes";
import { foldForMatching } from "./fold";
import { stripNameAffixes } from "./name-affixes";
import { isNameParticle } from "./name-particles";
import { organizationMatchName } from "./organizations";
import { splitFullName } from "./split-full-name";

type FamilyName = (familyName: string) => string;

/** A person's name: given names then family name, without titles or suffixes. */
function personName(a: CustomerAttributes, family: FamilyName): string {
  const split = !a.firstName && !a.lastName && a.fullName ? splitFullName(a.fullName) : null;
  const given = split ? split.firstName : a.firstName;
  const familyName = split ? split.lastName : a.lastName;
  const parts = [given, familyName && family(familyName)].filter((p): p is string => Boolean(p)).map(stripNameAffixes);
  return foldForMatching(parts.join(" ") || stripNameAffixes(a.fullName ?? ""));
}

const nameOf = (a: CustomerAttributes, family: FamilyName) => {
  const organization = a.organizationName ? organizationMatchName(a.organizationName) : null;
  return organization || personName(a, family) || null;
};

/**
 * The folded name that scoring compares: the organization without its legal
 * form, else the person's given and family names without titles, else the
 * full name. Null when there is no name, or nothing but punctuation, so an
 * unnamed record never blocks with another.
 */
export function matchNameOf(a: CustomerAttributes): string | null {
  return nameOf(a, (familyName) => familyName);
}

/** "van der Meer" → "Meer"; a family name of one word or of particles only ("Le", "van der") is kept whole. */
function withoutLeadingParticles(familyName: string): string {
  const words = familyName.trim().split(/\s+/);
  const first = words.findIndex((word) => !isNameParticle(word));
  return first <= 0 ? familyName : words.slice(first).join(" ");
}

/**
 * The name blocking searches by trigram: the match name with the particles
 * that begin a family name left out. "van der" is shared by a large share of
 * Dutch customers, so it made every "X van der Y" similar to every other (at a
 * million records the index handed back 19,000 rows to recheck for "mara van
 * der meer"), while "Anna Meer" and "Anna van der Meer", one customer written
 * two ways, fell below the bar. Given names ("Al", "Van") and organizations
 * keep every word.
 */
export function searchNameOf(a: CustomerAttributes): string | null {
  return nameOf(a, withoutLeadingParticles);
}
