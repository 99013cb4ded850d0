import type { Faker } from "@faker-js/faker";

const rows = ["qwertyuiop", "asdfghjkl", "zxcvbnm"];

/** Keys next to each letter on a QWERTY keyboard: a slipped finger hits one of these, not a random letter. */
const neighbours = new Map<string, string>();
rows.forEach((row, r) => {
  [...row].forEach((key, i) => {
    const near = [row[i - 1], row[i + 1], rows[r - 1]?.[i], rows[r + 1]?.[i]].filter(Boolean).join("");
    neighbours.set(key, near);
  });
});

function sameCase(model: string, ch: string): string {
  return model === model.toUpperCase() && model !== model.toLowerCase() ? ch.toUpperCase() : ch;
}

/**
 * One keyboard slip: a letter inserted, dropped, replaced by a neighbour, or two
 * neighbours swapped. The first letter is rarely wrong, as in real typing.
 */
export function typo(f: Faker, s: string): string {
  if (s.length < 3) return s;
  const i = f.datatype.boolean({ probability: 0.9 }) ? f.number.int({ min: 1, max: s.length - 1 }) : 0;
  const ch = s[i];
  const near = neighbours.get(ch.toLowerCase()) ?? "aeiou";
  const slip = sameCase(ch, f.helpers.arrayElement([...near]));
  switch (f.helpers.arrayElement(["insert", "delete", "substitute", "transpose"] as const)) {
    case "insert":
      return s.slice(0, i) + slip + s.slice(i);
    case "delete":
      return s.slice(0, i) + s.slice(i + 1);
    case "substitute":
      return s.slice(0, i) + slip + s.slice(i + 1);
    case "transpose": {
      const j = i === s.length - 1 ? i - 1 : i;
      return s.slice(0, j) + s[j + 1] + s[j] + s.slice(j + 2);
    }
  }
}

/** Shapes a scanner or a tired eye confuses, both ways round. */
const confusions: [string, string][] = [
  ["0", "O"],
  ["1", "l"],
  ["l", "I"],
  ["1", "I"],
  ["5", "S"],
  ["rn", "m"],
  ["8", "B"],
  ["2", "Z"],
  ["cl", "d"],
  ["vv", "w"],
];

/** One OCR misreading somewhere in the text; null when nothing in it can be misread. */
export function ocrError(f: Faker, s: string): string | null {
  const options: { at: number; from: string; to: string }[] = [];
  for (const [a, b] of confusions) {
    for (const [from, to] of [[a, b], [b, a]]) {
      for (let at = s.indexOf(from); at >= 0; at = s.indexOf(from, at + 1)) options.push({ at, from, to });
    }
  }
  if (!options.length) return null;
  const { at, from, to } = f.helpers.arrayElement(options);
  return s.slice(0, at) + to + s.slice(at + from.length);
}

const transliterations: Record<string, string> = { ä: "ae", ö: "oe", ü: "ue", Ä: "Ae", Ö: "Oe", Ü: "Ue", ß: "ss", æ: "ae", œ: "oe", ø: "o" };

/**
 * Writes a text on a keyboard or system without accents: German umlauts
 * spelled out (Müller → Mueller) or every mark simply dropped (Müller → Muller).
 */
export function foldAccents(s: string, mode: "transliterate" | "drop"): string {
  const spelled = mode === "transliterate" ? s.replace(/[äöüÄÖÜßæœø]/g, (c) => transliterations[c]) : s.replace(/ß/g, "ss");
  return spelled.normalize("NFKD").replace(/\p{M}/gu, "").normalize("NFC");
}

/** Letters, digits and dots only, as mail providers allow in the local part of an address. */
export function mailLocalPart(s: string): string {
  return foldAccents(s, "drop").toLowerCase().replace(/[^a-z0-9.]+/g, "");
}
