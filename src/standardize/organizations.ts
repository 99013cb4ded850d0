import { foldForMatching } from "./fold";
import { withoutLegalForm } from "./legal-forms";
import { sameOrganizationWords } from "./organization-words";

/** A word of single letters joined by dots or slashes: "G.m.b.H.", "S.p.A.", "A/S", "e.K.". */
const dottedAbbreviation = /^(?:\p{L}{1,3}[./])+\p{L}{0,3}\.?$/u;

const foldedWords = (name: string): string[] =>
  foldForMatching(
    name
      .split(/\s+/)
      .map((w) => (dottedAbbreviation.test(w) ? w.replace(/[./]/g, "") : w))
      .join(" "),
  )
    .split(" ")
    .filter(Boolean);

/**
 * The organization's name for matching: folded, with its legal form and
 * connecting "&"/"and" left out, so "ACME GmbH", "Acme G.m.b.H." and "Acme"
 * compare equal. The stored organizationName keeps the form as written.
 */
export function organizationMatchName(name: string): string | null {
  return sameOrganizationWords(withoutLegalForm(foldedWords(name)).core).join(" ") || null;
}

/** The legal form a name ends in, one spelling for each ("Acme Incorporated" and "ACME, Inc." → "inc"), or null without one. */
export function legalFormOf(name: string): string | null {
  return withoutLegalForm(foldedWords(name)).form || null;
}

/** True when a name ends in a legal form, i.e. names a company rather than a person. */
export function hasLegalForm(name: string): boolean {
  return withoutLegalForm(foldedWords(name)).removed;
}
