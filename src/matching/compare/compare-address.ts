import type { Comparison, Side } from "./level";
import { foldForMatching as fold } from "@/src/standardize/fold";
import { northAmerica } from "@/src/standardize/us-street";
import { parseStreetName, type StreetName } from "@/src/standardize/us-street-name";
import { jaroWinkler } from "./jaro-winkler";

const STREET_CLOSE = 0.9;

type StreetAgreement = { sameType: boolean; similarity: number };

/** The address as its country writes it: "412 N Oak Avenue" in the US, "Hauptstraße 12" in Germany. */
function describe(s: Side): string {
  const line = northAmerica.has(s.country ?? "") ? [s.houseNumber, s.street] : [s.street, s.houseNumber];
  return [line.filter(Boolean).join(" "), [s.postalCode, s.city].filter(Boolean).join(" ")]
    .filter(Boolean)
    .join(", ");
}

/** Both records North American, or one of them with no country to say otherwise. */
function northAmerican(left: Side, right: Side): boolean {
  const countries = [left.country, right.country].filter((c): c is string => Boolean(c));
  return countries.length > 0 && countries.every((c) => northAmerica.has(c));
}

/** A street with a type may also be the name of one written without it: "Oak Ridge" is Oak + Ridge, or the "Oak Ridge" of "Oak Ridge Road". */
const readings = (s: StreetName): StreetName[] => (s.type ? [s, { ...s, name: `${s.name} ${s.type}`, type: undefined }] : [s]);

const directionsOf = (s: StreetName) => [s.preDirectional, s.postDirectional].filter(Boolean);

/** One street's compass points left out by the other ("Oak Avenue", "N Oak Avenue"), never contradicted ("N" against "S"). */
function directionsAgree(a: StreetName, b: StreetName): boolean {
  const [x, y] = [directionsOf(a), directionsOf(b)];
  return x.every((d) => y.includes(d)) || y.every((d) => x.includes(d));
}

/** A numbered street by its number: "W 42 Street" is clerks' shorthand for "W 42nd Street". */
const plainName = (name: string) => fold(name).replace(/^(\d+)(?:st|nd|rd|th)$/, "$1");

/** Names spelt alike, their numbers the same: "5th" and "6th", "Route 66" and "Route 67" are other streets. */
function nameSimilarity(a: string, b: string): number {
  const [x, y] = [plainName(a), plainName(b)];
  return x.replace(/\D/g, "") === y.replace(/\D/g, "") ? jaroWinkler(x, y) : 0;
}

/**
 * US and Canadian streets by their parts: a type or compass point one side
 * leaves out is no disagreement ("Oak" = "Oak Avenue" = "N Oak Avenue"); two
 * different types on one name ("Oak St", "Oak Ave") are most likely a slip.
 */
function compareNorthAmericanStreets(left: string, right: string): StreetAgreement | null {
  let best: StreetAgreement | null = null;
  for (const a of readings(parseStreetName(left))) {
    for (const b of readings(parseStreetName(right))) {
      const similarity = nameSimilarity(a.name, b.name);
      if (similarity < STREET_CLOSE || !directionsAgree(a, b)) continue;
      const sameType = !a.type || !b.type || a.type === b.type;
      if (!best || (sameType && !best.sameType) || (sameType === best.sameType && similarity > best.similarity)) best = { sameType, similarity };
    }
  }
  return best;
}

function compareStreets(left: Side, right: Side): StreetAgreement | null {
  if (!left.street || !right.street) return null;
  if (northAmerican(left, right)) return compareNorthAmericanStreets(left.street, right.street);
  const similarity = jaroWinkler(fold(left.street), fold(right.street));
  return similarity >= STREET_CLOSE ? { sameType: true, similarity } : null;
}

/** A postcode as compared: a US ZIP+4 ("11201-1234") is the same place as its five-digit ZIP. */
function postalKey(s: Side): string | undefined {
  const code = s.postalCode && fold(s.postalCode);
  return code ? (/^(\d{5}) \d{4}$/.exec(code)?.[1] ?? code) : undefined;
}

/**
 * The address as one piece of evidence. Street, postcode and city of one
 * address are not independent, and counting each separately would let a
 * shared address outweigh a different first name: the classic false match
 * of two people in one household. The same house in a city named otherwise
 * and no postcode against it is a neighbourhood given for its city
 * ("Brooklyn" for "New York"), not another address.
 */
export function compareAddresses(left: Side, right: Side): Comparison | null {
  const hasAny = (s: Side) => Boolean(s.street || s.postalCode || s.city);
  if (!hasAny(left) || !hasAny(right)) return null;
  const base = { field: "address", left: describe(left), right: describe(right) };
  const [leftPostal, rightPostal] = [postalKey(left), postalKey(right)];
  const samePostal = Boolean(leftPostal && leftPostal === rightPostal);
  const sameCity = Boolean(left.city && right.city && jaroWinkler(fold(left.city), fold(right.city)) >= STREET_CLOSE);
  const nothingToCompare = !(left.postalCode && right.postalCode) && !(left.city && right.city);
  const placeAgrees = samePostal || sameCity || nothingToCompare;
  const street = compareStreets(left, right);
  const bothNumbers = Boolean(left.houseNumber && right.houseNumber);
  const sameNumber = !bothNumbers || fold(left.houseNumber ?? "") === fold(right.houseNumber ?? "");
  if (street && sameNumber && placeAgrees) {
    if (street.sameType) return { ...base, level: "exact", similarity: street.similarity };
    return { ...base, level: "otherStreetType", similarity: street.similarity * 0.9, note: "other street type" };
  }
  if (street?.sameType && placeAgrees) return { ...base, level: "sameStreet", similarity: street.similarity * 0.8, note: "other house number" };
  if (street?.sameType && bothNumbers && sameNumber && !(leftPostal && rightPostal)) {
    return { ...base, level: "otherCityName", similarity: street.similarity * 0.8, note: "same house, city named otherwise" };
  }
  const streetsCompared = Boolean(left.street && right.street);
  if (samePostal && !streetsCompared) return { ...base, level: "samePlace", similarity: 0.7, note: "no street to compare" };
  if (samePostal) return { ...base, level: "samePostalCode", similarity: 0.5 };
  if (sameCity) return { ...base, level: "sameCity", similarity: 0.3 };
  return { ...base, level: "different", similarity: 0 };
}
