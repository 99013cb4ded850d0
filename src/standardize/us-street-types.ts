/** USPS street suffixes people use, each full name with the short forms it is written as (Publication 28, appendix C1). */
const suffixes: Record<string, string[]> = {
  Alley: ["aly", "ally", "allee"], Avenue: ["ave", "av", "aven", "avenu", "avn", "avnue"], Boulevard: ["blvd", "boul", "boulv"],
  Bypass: ["byp", "bypa", "byps"], Causeway: ["cswy", "causwa"], Center: ["ctr", "cntr", "centre"], Circle: ["cir", "circ", "crcl"],
  Court: ["ct", "crt"], Cove: ["cv"], Creek: ["crk"], Crescent: ["cres", "crsnt"], Crossing: ["xing", "crssng"], Drive: ["dr", "drv", "driv"],
  Expressway: ["expy", "expw"], Freeway: ["fwy", "frwy"], Gardens: ["gdns"], Heights: ["hts"], Highway: ["hwy", "hiway", "hway"],
  Hollow: ["holw"], Junction: ["jct"], Lane: ["ln"], Loop: [], Mall: [], Manor: ["mnr"], Parkway: ["pkwy", "pky", "parkwy"],
  Path: [], Pike: ["pk"], Place: ["pl"], Plaza: ["plz", "plza"], Point: ["pt"], Road: ["rd"], Route: ["rte"], Row: [],
  Run: [], Square: ["sq", "sqr"], Street: ["st", "str", "strt"], Terrace: ["ter", "terr"], Trail: ["trl", "trls"], Trace: ["trce"],
  Turnpike: ["tpke", "trnpk"], Way: ["wy"], Walk: [], Ridge: ["rdg"], Village: ["vlg"], Vista: ["vis", "vst"], View: ["vw"],
};

const byWord = new Map<string, string>();
for (const [full, short] of Object.entries(suffixes)) for (const w of [full.toLowerCase(), ...short]) byWord.set(w, full);

/**
 * A US or Canadian street type written out in full ("Ave", "Av.", "AVENUE"
 * → "Avenue"), so "Oak Ave" and "Oak Avenue" are stored alike and read the
 * way a person writes them. Undefined for a word that is no street type.
 */
export function usStreetTypeOf(word: string): string | undefined {
  return byWord.get(word.toLowerCase().replace(/\.$/, ""));
}
