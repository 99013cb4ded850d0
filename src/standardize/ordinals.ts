const units = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"];
const teens = ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"];
const tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
const tenths = ["", "", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"];

/** Every ordinal word from first to ninety-ninth, by its number. */
const byWord = new Map<string, number>();
units.forEach((w, i) => i > 0 && byWord.set(w, i));
teens.forEach((w, i) => byWord.set(w, 10 + i));
tenths.forEach((w, i) => i > 1 && byWord.set(w, i * 10));
tens.forEach((t, i) => i > 1 && units.forEach((u, j) => j > 0 && byWord.set(`${t}-${u}`, i * 10 + j)));

/** "1st", "2nd", "3rd", "4th", "11th", "21st": the suffix English puts on a number. */
export function ordinalNumber(n: number): string {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? "th" : ["th", "st", "nd", "rd"][n % 10] ?? "th";
  return `${n}${suffix}`;
}

/**
 * A numbered street's name written in figures, as street signs and the
 * USPS write it: "Fifth" → "5th", "Forty-First" → "41st", "41ST" → "41st",
 * and a wrong suffix mended ("2th" → "2nd"). Undefined for any other word.
 */
export function ordinalOf(word: string): string | undefined {
  const written = /^(\d+)(?:st|nd|rd|th)$/i.exec(word);
  if (written) return ordinalNumber(Number(written[1]));
  const n = byWord.get(word.toLowerCase());
  return n === undefined ? undefined : ordinalNumber(n);
}
