/**
 * Legal forms as they read once folded, dots dropped from abbreviations
 * ("S.p.A." → "spa", "A/S" → "as", "Sp. z o.o." → "sp z oo"): German,
 * English, French, Benelux, Italian, Spanish, Nordic and Central European.
 */
const forms = [
  "gmbh", "mbh", "ag", "kg", "kgaa", "ohg", "gbr", "ug", "haftungsbeschrankt", "ek", "ev", "eg", "se",
  "ltd", "limited", "llc", "llp", "lp", "inc", "incorporated", "corp", "corporation", "co", "company", "plc",
  "pty", "pte", "pvt", "sa", "sas", "sasu", "sarl", "sa rl", "eurl", "snc", "sca", "sprl", "bv", "nv", "vof", "cv",
  "spa", "srl", "sl", "slu", "oy", "oyj", "ab", "as", "asa", "aps", "sp z oo", "sro", "kft", "zrt", "doo",
].map((f) => f.split(" "));

/** Words that joined a name to its legal form ("Smith & Co", "Meier und Söhne" keeps its "Söhne"). */
const connectors = new Set(["and", "und", "et"]);

const endsWith = (words: string[], tail: string[]) =>
  tail.length <= words.length && tail.every((w, i) => words[words.length - tail.length + i] === w);

/** One legal form however it is written out: "Incorporated" is "Inc", "Limited" is "Ltd". */
const sameForm: Record<string, string> = { incorporated: "inc", corporation: "corp", limited: "ltd", company: "co", mbh: "gmbh", "sa rl": "sarl" };

/**
 * Splits folded organization words into the name proper and the legal form
 * removed from its end ("acme gmbh co kg" → "acme", form "gmbh co kg"), each
 * form word in one spelling. Never empties a name: "AG" on its own stays "ag".
 */
export function withoutLegalForm(words: string[]): { core: string[]; removed: boolean; form: string } {
  const core = words.filter((w, i) => !(connectors.has(w) && i > 0));
  const removed: string[] = [];
  for (;;) {
    const form = forms.find((f) => f.length < core.length && endsWith(core, f));
    if (!form) break;
    core.splice(core.length - form.length);
    removed.unshift(sameForm[form.join(" ")] ?? form.join(" "));
  }
  return { core: core[0] === "the" && core.length > 1 ? core.slice(1) : core, removed: removed.length > 0, form: removed.join(" ") };
}
