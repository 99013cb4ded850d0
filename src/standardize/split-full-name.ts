import { isOnlyNameAffixes, stripNameAffixes } from "./name-affixes";
import { isNameParticle } from "./name-particles";
import { hasLegalForm } from "./organizations";

export type PersonName = { firstName: string; lastName: string };

/**
 * Reads a full name as given and family name, so a source that only has
 * "Schmidt, Anna" or "Dr. Anna Maria Schmidt" compares with one that has the
 * two fields. "Last, First" is read by its comma; otherwise the last word
 * (with any particles before it) is the family name and the rest the given
 * names. Gives null rather than guess: one word, several commas, digits, or a
 * company's legal form.
 */
export function splitFullName(fullName: string): PersonName | null {
  if (/\d/.test(fullName) || hasLegalForm(fullName)) return null;
  const parts = fullName
    .split(",")
    .map((p) => p.trim())
    .filter((p) => p && !isOnlyNameAffixes(p))
    .map(stripNameAffixes);
  if (parts.length === 2) return { firstName: parts[1], lastName: parts[0] };
  if (parts.length !== 1) return null;
  const words = parts[0].split(" ");
  if (words.length < 2) return null;
  let surname = words.length - 1;
  while (surname > 1 && isNameParticle(words[surname - 1])) surname--;
  return { firstName: words.slice(0, surname).join(" "), lastName: words.slice(surname).join(" ") };
}
