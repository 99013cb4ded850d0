/** Compass points in the words people use, by the USPS abbreviation every one of them is written as. */
const directionals: Record<string, string> = {
  n: "N", north: "N", s: "S", south: "S", e: "E", east: "E", w: "W", west: "W",
  ne: "NE", northeast: "NE", nw: "NW", northwest: "NW", se: "SE", southeast: "SE", sw: "SW", southwest: "SW",
};

/**
 * The one spelling of a street's compass point ("North", "n.", "N" → "N";
 * "Northwest" → "NW"): the USPS abbreviation, as "1600 Pennsylvania Avenue
 * NW" is written, so that a quadrant never reads "Northwest" on one record
 * and "NW" on another. Undefined for any other word.
 */
export function directionalOf(word: string): string | undefined {
  return directionals[word.toLowerCase().replace(/\./g, "")];
}
