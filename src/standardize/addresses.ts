import { titleCasePlace } from "./places";
import { expandStreetType } from "./street-types";
import { northAmerica, standardizeUsAddress } from "./us-street";

/** A house number: digits, an optional letter, an optional range or part ("12", "12a", "12 - 14", "7/1"). */
const number = "\\d{1,5}(?:\\s?\\p{L}(?!\\p{L}))?(?:\\s?[-/]\\s?\\d{1,5}(?:\\s?\\p{L}(?!\\p{L}))?)?";
const numberLast = new RegExp(`^(.*\\p{L}.*?)(?:[\\s,]+|(?<=\\.))(${number})$`, "u");
/** A letter after a space is no part of a leading number: in "412 N Oak Ave" it is the street's compass point. */
const leadingNumber = "\\d{1,5}(?:\\p{L}(?!\\p{L}))?(?:\\s?[-/]\\s?\\d{1,5}(?:\\p{L}(?!\\p{L}))?)?";
const numberFirst = new RegExp(`^(${leadingNumber})[\\s,]+(\\p{L}.*)$`, "u");

/** Countries that write the house number before the street ("12 Main Street", "12 rue de la Paix"). */
const numberFirstCountries = new Set(["GB", "IE", "AU", "NZ", "FR", "ZA"]);

/** A post-office box carries a box number, not a house number. */
const postBox = /\b(?:p\.?\s?o\.?\s?box|postfach|postbus|bo[iî]te postale|apartado)\b/iu;

const tidyNumber = (n: string) => n.replace(/(?<=\d)\s+(?=\p{L})|\s*(?=[-/])|(?<=[-/])\s*/gu, "");

/**
 * Separates the house number written into the street. Where the number comes
 * first, a trailing number is part of the name ("Route 66", "Rue du 8 Mai
 * 1945"); elsewhere a trailing number is tried before a leading one. With no
 * country known, a line that begins with a number is read number first: a
 * line that ends in one there is a flat or suite ("12 Oak Road Flat 3").
 */
function splitStreet(street: string, country?: string): { street: string; houseNumber: string } | null {
  if (postBox.test(street)) return null;
  const first = numberFirst.exec(street);
  const fromFirst = first && { street: first[2], houseNumber: first[1] };
  if (numberFirstCountries.has(country ?? "") || (!country && fromFirst)) return fromFirst;
  const last = numberLast.exec(street);
  return last ? { street: last[1].replace(/,$/, ""), houseNumber: last[2] } : fromFirst;
}

export type Address = { street?: string; houseNumber?: string; addressLine2?: string };

/**
 * Street and house number in one consistent shape: a number typed into the
 * street moves to houseNumber ("Hauptstr. 12a" → "Hauptstraße" + "12a"),
 * unless a houseNumber is given (then only that same number is taken out of
 * the street); street types spelled one way; "12 a" written "12a". US and
 * Canadian lines also get their compass points, ordinals and units put in
 * one place and spelling; addressLine2 is changed only there.
 */
export function standardizeAddress(address: Address, country?: string): Address {
  if (northAmerica.has(country ?? "")) return standardizeUsAddress(address, country);
  const split = address.street ? splitStreet(address.street, country) : null;
  const given = address.houseNumber && tidyNumber(address.houseNumber);
  const useSplit = split && (!given || tidyNumber(split.houseNumber) === given);
  const street = useSplit ? split.street : address.street;
  const houseNumber = given || (split ? tidyNumber(split.houseNumber) : undefined);
  return {
    ...(street ? { street: expandStreetType(titleCasePlace(street), country) } : {}),
    ...(houseNumber ? { houseNumber } : {}),
  };
}
