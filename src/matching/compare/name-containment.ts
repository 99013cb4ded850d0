import { typingEdits } from "./typing-edits";

/** Words that join the parts of an organization's name and say nothing about which organization it is. */
const fillers = new Set(["of", "the", "for", "and", "at", "in", "de", "du", "des", "la", "le", "der", "die", "das", "von", "und", "et"]);

const words = (name: string) => name.split(" ").filter((w) => w && !fillers.has(w));

/** Words this long survive one slip and stay the same word ("Campyus" for "Campus"). */
const SLIP_LENGTH = 5;

const sameWord = (a: string, b: string) => a === b || (Math.min(a.length, b.length) >= SLIP_LENGTH && typingEdits(a, b) === 1);

/** A word of the short name stands for one of the long: the same word, give or take a slip, or its first letters ("Y" for "YMCA"). */
const standsFor = (short: string, long: string) => sameWord(short, long) || (long.startsWith(short) && short.length < long.length);

/**
 * Whether one organization name is the other with words left out: every
 * word of the shorter name, in order, is a word of the longer or its
 * beginning ("Riverside Y Elmwood" in "Riverside YMCA of Greater
 * Springfield Elmwood", "Hope Services Maple Centre" in "Hope Services
 * Society of Springfield Maple Centre"). Two words at least must be whole,
 * so a lone initial cannot stand in for a name.
 */
export function nameContains(a: string, b: string): boolean {
  const [short, long] = words(a).length <= words(b).length ? [words(a), words(b)] : [words(b), words(a)];
  if (short.length < 2 || short.length === long.length) return false;
  let at = 0;
  let whole = 0;
  for (const w of short) {
    while (at < long.length && !standsFor(w, long[at])) at++;
    if (at === long.length) return false;
    if (sameWord(w, long[at])) whole++;
    at++;
  }
  return whole >= 2;
}
