import { attributeNames, type AttributeName } from "@/src/golden/attributes";
import { exactNames, idNames, telltaleWords } from "./attribute-synonyms";

/**
 * A header as the guesser compares it: camelCase split, accents and
 * punctuation gone, lower case ("E-Mail" → "e mail", "Straße" → "strasse",
 * "postalCode" → "postal code").
 */
export function normalizeHeader(header: string): string {
  return header
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/ß/g, "ss")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

const compact = (s: string) => s.replace(/ /g, "");
const canonical = (name: AttributeName) => normalizeHeader(name);

/** Each exact name, compacted ("e mail" and "email" alike), with its attribute. */
const exact = new Map<string, AttributeName>();
for (const name of attributeNames) {
  for (const synonym of [canonical(name), ...exactNames[name]]) exact.set(compact(synonym), name);
}
const ids = new Set(idNames.map(compact));

/** Endings that make a header a key ("Company ID", "Account No") even when a telltale word stands before them. */
const keyEndings = new Set(["id", "nr", "no", "nummer", "number", "key", "ref"]);

const containsWords = (tokens: string[], phrase: string[]) =>
  tokens.some((_, i) => phrase.every((word, j) => tokens[i + j] === word));

/** The attribute one header names and whether it names it outright or by a telltale word inside it; null when unsure. */
export function guessAttribute(header: string): { attribute: AttributeName; exact: boolean } | null {
  const normal = normalizeHeader(header);
  if (!normal) return null;
  const outright = exact.get(compact(normal));
  if (outright) return { attribute: outright, exact: true };
  const tokens = normal.split(" ");
  const last = tokens[tokens.length - 1];
  let best: { attribute: AttributeName; length: number } | null = null;
  for (const [attribute, words] of Object.entries(telltaleWords) as [AttributeName, string[]][]) {
    // "Mobile number" is a phone; "Company number" is a key, not a company.
    if (keyEndings.has(last) && attribute !== "phone") continue;
    for (const word of words) {
      if (containsWords(tokens, word.split(" ")) && word.length > (best?.length ?? 0)) best = { attribute, length: word.length };
    }
  }
  return best && { attribute: best.attribute, exact: false };
}

/**
 * A first guess at the column map of a file, so an admin confirms a mapping
 * instead of building one: each attribute goes to the column naming it most
 * plainly (the first such column on a tie), the rest are ignored; the id
 * column is the first whose header names a key and no attribute.
 */
export function guessColumnMap(header: readonly string[]): { attributes: (AttributeName | null)[]; idColumn: number | null } {
  const guesses = header.map(guessAttribute);
  const attributes = guesses.map((guess, i) => {
    if (!guess) return null;
    const better = guesses.findIndex((other, j) => other?.attribute === guess.attribute && (Number(other.exact) > Number(guess.exact) || (other.exact === guess.exact && j < i)));
    return better === -1 ? guess.attribute : null;
  });
  const keyLike = (name: string) => {
    const normal = normalizeHeader(name);
    return ids.has(compact(normal)) || / id$/.test(normal);
  };
  const idColumn = header.findIndex((name, i) => !guesses[i] && keyLike(name));
  return { attributes, idColumn: idColumn === -1 ? null : idColumn };
}
