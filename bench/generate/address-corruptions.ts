import { rewrite, rewriteOneOf, without, type Corruption } from "./corruption";
import { typo } from "./text-errors";

/** Long and short spellings of street types; sources abbreviate or expand them at will. */
const streetWords: [RegExp, string, RegExp, string][] = [
  [/straße\b/i, "str.", /str\.(?=\s|$)/i, "straße"],
  [/strasse\b/i, "str.", /str\.(?=\s|$)/i, "strasse"],
  [/\bStreet\b/, "St", /\bSt\.?$/, "Street"],
  [/\bAvenue\b/, "Ave", /\bAve\.?$/, "Avenue"],
  [/\bRoad\b/, "Rd", /\bRd\.?$/, "Road"],
  [/\bLane\b/, "Ln", /\bLn\.?$/, "Lane"],
  [/\bDrive\b/, "Dr", /\bDr\.?$/, "Drive"],
  [/\bBoulevard\b/, "Blvd", /\bBlvd\.?$/, "Boulevard"],
  [/^Boulevard\b/, "Bd", /^Bd\b/, "Boulevard"],
  [/^Avenue\b/, "Av.", /^Av\./, "Avenue"],
  [/^Rue\b/, "R.", /^R\./, "Rue"],
  [/^Place\b/, "Pl.", /^Pl\./, "Place"],
  [/straat\b/, "str.", /str\.$/, "straat"],
];

function abbreviate(street: string): string | null {
  for (const [long, short, abbreviated, full] of streetWords) {
    if (long.test(street)) return street.replace(long, short);
    if (abbreviated.test(street)) return street.replace(abbreviated, full);
  }
  return null;
}

/** How addresses drift: a move, a slip, abbreviations, the number typed into the street line, or no address at all. */
export const addressCorruptions: Corruption[] = [
  {
    kind: "moved",
    weight: 5,
    apply: (a, { f, freshAddress }) => {
      if (!a.street && !a.city) return null;
      if (freshAddress) return { ...without(a, ["street", "houseNumber", "addressLine2", "city", "region", "postalCode"]), ...freshAddress() };
      return { ...a, street: f.location.street(), houseNumber: f.location.buildingNumber(), city: f.location.city(), postalCode: f.location.zipCode() };
    },
  },
  { kind: "typo:address", weight: 5, apply: (a, { f }) => rewriteOneOf(f, a, ["street", "street", "city", "postalCode"], (v) => typo(f, v)) },
  { kind: "street-abbrev", weight: 4, apply: (a) => rewrite(a, "street", abbreviate) },
  {
    kind: "house-number-in-street",
    weight: 3,
    apply: (a, { country }) => {
      if (!a.street || !a.houseNumber) return null;
      const street = ["DE", "NL"].includes(country) ? `${a.street} ${a.houseNumber}` : `${a.houseNumber} ${a.street}`;
      return { ...without(a, ["houseNumber"]), street };
    },
  },
  { kind: "missing:address", weight: 3, apply: (a) => without(a, ["street", "houseNumber", "city", "postalCode"]) },
];
