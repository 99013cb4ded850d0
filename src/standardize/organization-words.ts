/**
 * Words organizations write short or in two spellings, as they read folded,
 * each mapped to one form: "Intl", "Int'l" and "International" compare equal,
 * and so do "Centre" and "Center". Only whole words, so a name that happens
 * to contain one ("Centreville") keeps its spelling.
 */
const sameWord: Record<string, string> = {
  intl: "international", int: "international", natl: "national", assn: "association", assoc: "association",
  svc: "service", svcs: "services", srvcs: "services", ctr: "center", cntr: "center", centre: "center",
  dept: "department", univ: "university", hosp: "hospital", mgmt: "management", mfg: "manufacturing",
  bros: "brothers", grp: "group", tech: "technology", techs: "technologies", sys: "systems", comm: "community",
  cmty: "community", dev: "development", hlth: "health", med: "medical", ins: "insurance", fdn: "foundation",
  fndn: "foundation", inst: "institute", lab: "laboratory", labs: "laboratories", ctl: "control", dist: "district",
  gtr: "greater", grtr: "greater", st: "saint", ste: "sainte", mt: "mount", ft: "fort",
};

/** One spelling per word of an organization's folded name. */
export function sameOrganizationWords(words: string[]): string[] {
  return words.map((w) => sameWord[w] ?? w);
}
