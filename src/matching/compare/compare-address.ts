import type { Comparison, Side } from "./level";
import { foldForMatching as fold } from "@/src/standardize/fold";
import { jaroWinkler } from "./jaro-winkler";

const STREET_CLOSE = 0.9;

function describe(s: Side): string {
  return [[s.street, s.houseNumber].filter(Boolean).join(" "), [s.postalCode, s.city].filter(Boolean).join(" ")]
    .filter(Boolean)
    .join(", ");
}

/**
 * The address as one piece of evidence. Street, postcode and city of one
 * address are not independent, and counting each separately would let a
 * shared address outweigh a different first name: the classic false match
 * of two people in one household.
 */
export function compareAddresses(left: Side, right: Side): Comparison | null {
  const hasAny = (s: Side) => Boolean(s.street || s.postalCode || s.city);
  if (!hasAny(left) || !hasAny(right)) return null;
  const base = { field: "address", left: describe(left), right: describe(right) };
  const samePostal = Boolean(left.postalCode && right.postalCode && fold(left.postalCode) === fold(right.postalCode));
  const sameCity = Boolean(left.city && right.city && jaroWinkler(fold(left.city), fold(right.city)) >= STREET_CLOSE);
  const nothingToCompare = !(left.postalCode && right.postalCode) && !(left.city && right.city);
  const placeAgrees = samePostal || sameCity || nothingToCompare;
  const street = left.street && right.street ? jaroWinkler(fold(left.street), fold(right.street)) : 0;
  if (street >= STREET_CLOSE && placeAgrees) {
    const sameNumber = !left.houseNumber || !right.houseNumber || fold(left.houseNumber) === fold(right.houseNumber);
    if (sameNumber) return { ...base, level: "exact", similarity: street };
    return { ...base, level: "sameStreet", similarity: street * 0.8, note: "other house number" };
  }
  const streetsCompared = Boolean(left.street && right.street);
  if (samePostal && !streetsCompared) return { ...base, level: "samePlace", similarity: 0.7, note: "no street to compare" };
  if (samePostal) return { ...base, level: "samePostalCode", similarity: 0.5 };
  if (sameCity) return { ...base, level: "sameCity", similarity: 0.3 };
  return { ...base, level: "different", similarity: 0 };
}
