/** Month names in English, German, French and Dutch; abbreviations are read as prefixes of these. */
const months = [
  ["january", "januar", "janner", "janvier", "januari"],
  ["february", "februar", "feber", "fevrier", "februari"],
  ["march", "marz", "maerz", "mrz", "mars", "maart"],
  ["april", "avril"],
  ["may", "mai", "mei"],
  ["june", "juni", "juin"],
  ["july", "juli", "juillet"],
  ["august", "aout", "augustus"],
  ["september", "septembre"],
  ["october", "oktober", "octobre"],
  ["november", "novembre"],
  ["december", "dezember", "decembre"],
];

/**
 * The month number (1–12) a month name or abbreviation names ("Mar", "März",
 * "Sept", "oct."), or null when it names none or could be two ("Ju").
 */
export function monthOf(word: string): number | null {
  const w = word.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
  if (w.length < 3) return null;
  const hits = new Set(months.flatMap((names, i) => (names.some((n) => n.startsWith(w)) ? [i + 1] : [])));
  return hits.size === 1 ? [...hits][0] : null;
}
