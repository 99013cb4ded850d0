import { directionalOf } from "./directionals";
import { ordinalOf } from "./ordinals";
import { usStreetTypeOf } from "./us-street-types";

/** A US or Canadian street in its parts: "N Oak Avenue" is North + Oak + Avenue, "5th Street NW" is 5th + Street + NW. */
export type StreetName = { preDirectional?: string; name: string; type?: string; postDirectional?: string };

/** Words of a numbered road, written out ("US Hwy 1" → "US Highway 1", "Co Rd 12" → "County Road 12"). */
const routeWords: Record<string, string> = {
  us: "US", hwy: "Highway", highway: "Highway", rte: "Route", rt: "Route", route: "Route", co: "County", county: "County",
  rd: "Road", road: "Road", state: "State", sr: "SR", fm: "FM",
};

/** Two words of one ordinal ("Forty First") read as one ("Forty-First"), then every ordinal in figures. */
function ordinalsInFigures(words: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const pair = i + 1 < words.length ? ordinalOf(`${words[i]}-${words[i + 1]}`) : undefined;
    out.push(pair ?? ordinalOf(words[i]) ?? words[i]);
    if (pair) i++;
  }
  return out;
}

/**
 * Reads a street line without house number or unit. A compass point or
 * type counts as one only when a name is left beside it, so "North Ave",
 * "N St" and "Avenue B" keep them as their name; a numbered road ("Highway
 * 99", "County Rd 12") has no type, its words are written out instead.
 */
export function parseStreetName(street: string): StreetName {
  const words = street.replace(/,/g, " ").split(/\s+/).filter(Boolean);
  const postDirectional = words.length > 1 ? directionalOf(words[words.length - 1]) : undefined;
  if (postDirectional) words.pop();
  const type = words.length > 1 ? usStreetTypeOf(words[words.length - 1]) : undefined;
  if (type) words.pop();
  const preDirectional = words.length > 1 ? directionalOf(words[0]) : undefined;
  if (preDirectional) words.shift();
  const numbered = !type && words.length > 1 && /^\d+\p{L}?$/u.test(words[words.length - 1]);
  const name = numbered ? words.map((w, i) => (i < words.length - 1 && routeWords[w.toLowerCase()]) || w) : ordinalsInFigures(words);
  return { ...(preDirectional ? { preDirectional } : {}), name: name.join(" "), ...(type ? { type } : {}), ...(postDirectional ? { postDirectional } : {}) };
}

/** The street as a person reads it: "N Oak Avenue", "5th Street NW", "US Highway 1". */
export function formatStreetName(s: StreetName): string {
  return [s.preDirectional, s.name, s.type, s.postDirectional].filter(Boolean).join(" ");
}
