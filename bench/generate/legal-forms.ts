import type { Country } from "./locales";

/** Each legal form with the spellings one finds for it in the wild; the first is the usual one. */
const forms: Record<Country, string[][]> = {
  US: [["Inc", "Inc.", "Incorporated"], ["LLC", "L.L.C.", "Llc"], ["Corp", "Corp.", "Corporation"]],
  GB: [["Ltd", "Ltd.", "Limited"], ["PLC", "plc", "Public Limited Company"], ["LLP", "L.L.P."]],
  DE: [
    ["GmbH", "G.m.b.H.", "Gesellschaft mit beschränkter Haftung", "Gmbh"],
    ["AG", "A.G.", "Aktiengesellschaft"],
    ["GmbH & Co. KG", "GmbH & Co KG", "GmbH u. Co. KG"],
    ["KG", "K.G."],
  ],
  FR: [["SARL", "S.A.R.L.", "Sàrl"], ["SAS", "S.A.S."], ["SA", "S.A."]],
  NL: [["B.V.", "BV", "Besloten Vennootschap"], ["N.V.", "NV"], ["V.O.F.", "VOF"]],
};

/** The usual spellings of one country's legal forms, to give a new company one. */
export function legalFormsOf(country: Country): string[] {
  return forms[country].map((spellings) => spellings[0]);
}

const allSpellings = Object.values(forms)
  .flat()
  .flatMap((spellings) => spellings.map((spelling) => ({ spelling, spellings })))
  .sort((a, b) => b.spelling.length - a.spelling.length);

/**
 * Splits "Acme GmbH & Co. KG" into its name and legal form, trying the
 * longest spelling first so "GmbH & Co. KG" is not read as "KG".
 */
export function splitLegalForm(name: string): { base: string; spelling: string; spellings: string[] } | null {
  for (const { spelling, spellings } of allSpellings) {
    if (name.endsWith(` ${spelling}`)) return { base: name.slice(0, -spelling.length - 1), spelling, spellings };
  }
  return null;
}

/** Faker's company names sometimes carry a form of their own ("Gerlach Inc", "Barre SAS"); ours replaces it. */
export function withoutFakerForm(name: string): string {
  return name.replace(/,?\s+(Inc|LLC|Group|GmbH & Co\. KG|GmbH|KG|AG|OHG|SAS|SARL|SA|SEM|SCOP|GIE|SNC|Combinatie|Ltd|PLC)\.?$/, "");
}
