import { directionalOf } from "./directionals";
import { titleCasePlace } from "./places";
import { standardizeUnit, takeUnit } from "./unit-designators";
import { formatStreetName, parseStreetName } from "./us-street-name";

/** Countries whose streets follow USPS and Canada Post habits: compass points, ordinals, "Apt 3" in the street line. */
export const northAmerica: ReadonlySet<string> = new Set(["US", "CA"]);

export type StreetLines = { street?: string; houseNumber?: string; addressLine2?: string };

/**
 * A house number as written in the US and Canada: digits with a letter
 * joined to them ("412B", "412-B"), a Queens-style hyphen ("123-45") or a
 * half ("123 1/2"). A letter after a space is not part of it: in "412 N
 * Oak" it is the street's compass point, in "412 A St" the street's name.
 */
const number = "\\d{1,6}(?:-\\d{1,5})?(?:-?\\p{L}(?!\\p{L}))?(?: 1/2| ½)?";
const numberFirst = new RegExp(`^(${number})[\\s,]+(.*\\p{L}.*)$`, "u");
/** A compass point typed into the house number field ("412 N" with street "Oak Ave"). */
const numberThenDirection = /^(.*\d.*?)\s+(\p{L}{1,9}\.?)$/u;

/** Canada Post writes a unit before the civic number with a hyphen: "3-412 Oak Ave" is unit 3 at 412. */
const unitThenCivic = /^(\d{1,5}\p{L}?|\p{L})-(\d{1,6}\p{L}?)\s+(.*\p{L}.*)$/u;

/** "PO Box 12", "P.O. Box 12", "Post Office Box 12": the box line as the post office writes it. */
const postBox = /^(?:p\.?\s?o\.?|post\s+office)\s*box\s*#?\s*(\S+)$/iu;

/** "412-b" and "412 b" → "412B", "12 - 14" → "12-14", "123½" → "123 1/2". */
const tidyNumber = (n: string) =>
  n.replace(/½/, " 1/2").trim().replace(/\s*-\s*/g, "-").replace(/(?<=\d)[\s-]*(?=\p{L}$)/u, "").replace(/(?<=\d)\s*(?=1\/2$)/, " ").toUpperCase();

/** A given house number, and the compass point typed after it if there is one. */
function readGivenNumber(n: string): { number: string; direction?: string } {
  const m = numberThenDirection.exec(n);
  const direction = m ? directionalOf(m[2]) : undefined;
  return m && direction ? { number: tidyNumber(m[1]), direction } : { number: tidyNumber(n) };
}

/** The street's name in its one spelling, with a compass point typed into the house number put back where it belongs. */
function spellStreet(name: string, direction?: string): string {
  const parsed = parseStreetName(name);
  const placed = direction && !parsed.preDirectional && !parsed.postDirectional ? { ...parsed, preDirectional: direction } : parsed;
  return formatStreetName(placed);
}

/** A street line taken apart: a post-office box whole, else its units, its house number and the rest. */
type ReadLine = { box: string } | { unit?: string; houseNumber?: string; civicUnit?: string; rest: string; withNumber: string };

function readStreetLine(line: string, country?: string): ReadLine {
  const box = postBox.exec(line);
  if (box) return { box: `PO Box ${box[1]}` };
  const { street, unit } = takeUnit(line);
  const civic = country === "CA" ? unitThenCivic.exec(street) : null;
  if (civic) return { unit, civicUnit: `Unit ${civic[1].toUpperCase()}`, houseNumber: tidyNumber(civic[2]), rest: civic[3], withNumber: street };
  const first = numberFirst.exec(street);
  return { unit, houseNumber: first ? tidyNumber(first[1]) : undefined, rest: first ? first[2] : street, withNumber: street };
}

/** Unit lines given and found, each once ("Building C" given, "Apt 3" in the street: "Building C, Apt 3"). */
function joinUnits(given?: string, found?: string): string | undefined {
  const line = given && standardizeUnit(given);
  if (!line || !found) return line || found;
  return line.toLowerCase() === found.toLowerCase() ? line : `${line}, ${found}`;
}

/**
 * A US or Canadian street line in the shape golden records show and
 * matching compares: house number apart ("412"), the street with its compass
 * point as the USPS abbreviates it, its type written out and a numbered
 * street in figures ("N Oak Avenue", "5th Street NW"), and an apartment or
 * suite moved to addressLine2 ("Apt 3", "Suite 200"). A given house number
 * wins; the street only gives up that same number.
 */
export function standardizeUsAddress(lines: StreetLines, country?: string): StreetLines {
  const read = lines.street ? readStreetLine(titleCasePlace(lines.street), country) : undefined;
  const given = !lines.houseNumber ? undefined : read ? readGivenNumber(lines.houseNumber) : { number: tidyNumber(lines.houseNumber) };
  const parts = read && "box" in read ? undefined : read;
  const takeNumber = !given || parts?.houseNumber === given.number;
  const name = parts && (takeNumber ? parts.rest : parts.withNumber);
  const street = read && "box" in read ? read.box : name && spellStreet(name, given?.direction);
  const houseNumber = given?.number || parts?.houseNumber;
  const units = [takeNumber && parts?.civicUnit, parts?.unit].filter(Boolean).join(", ");
  const addressLine2 = joinUnits(lines.addressLine2, units || undefined);
  return { ...(street ? { street } : {}), ...(houseNumber ? { houseNumber } : {}), ...(addressLine2 ? { addressLine2 } : {}) };
}
