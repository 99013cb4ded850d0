/** English street types written short, read only as the street's last word ("St. John's Rd" keeps its Saint). */
const englishTypes: Record<string, string> = {
  st: "Street", ave: "Avenue", av: "Avenue", rd: "Road", blvd: "Boulevard", dr: "Drive", ln: "Lane",
  ct: "Court", pl: "Place", sq: "Square", hwy: "Highway", pkwy: "Parkway", ter: "Terrace", terr: "Terrace",
  cres: "Crescent", cir: "Circle", cl: "Close", gdns: "Gardens", pde: "Parade", aly: "Alley",
};

/** Compass points that may follow the street type ("Main St NW"). */
const directions = new Set(["n", "s", "e", "w", "ne", "nw", "se", "sw"]);

/** The German street word at the end of a word, however shortened: "Hauptstr.", "Hauptstrasse", "Berliner Str". */
const germanStreet = /(s)tr(?:\.|asse|aße)?$/i;

/** Switzerland and Liechtenstein write "strasse": no ß there. */
const withoutEszett = new Set(["CH", "LI"]);

/**
 * Spells street types one way so that the same street compares equal and
 * reads the same: German "Str."/"Strasse"/"Straße" become "Straße" (Swiss
 * "strasse"); an English type at the end is written out ("Main St" → "Main
 * Street", "Elm Dr" → "Elm Drive"; a leading "St." stays Saint).
 */
export function expandStreetType(street: string, country?: string): string {
  const eszett = withoutEszett.has(country ?? "") ? "trasse" : "traße";
  const words = street.split(" ").map((w) => w.replace(germanStreet, (_, s: string) => s + eszett));
  let last = words.length - 1;
  if (last > 1 && directions.has(words[last].toLowerCase())) last--;
  const type = englishTypes[words[last].toLowerCase().replace(/\.$/, "")];
  if (last > 0 && type) words[last] = type;
  return words.join(" ");
}
