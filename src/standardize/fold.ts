/** Letters that Unicode decomposition leaves whole but people write in plain Latin. */
const letters: Record<string, string> = {
  ß: "ss",
  æ: "ae",
  œ: "oe",
  ø: "o",
  ł: "l",
  đ: "d",
  ð: "d",
  þ: "th",
  ı: "i",
  ħ: "h",
};

/**
 * The form names are compared in: accents stripped (ü → u, so "Müller" and
 * "Muller" are equal and "Mueller" is one letter away), lower case, ß → ss,
 * apostrophes dropped ("O'Neil" = "ONeil"), other punctuation a space.
 * Letters of other scripts are kept, so "Иван" stays comparable with itself.
 */
export function foldForMatching(s: string): string {
  return s
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[ßæœøłđðþıħ]/g, (ch) => letters[ch])
    .replace(/['’‘`´]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
