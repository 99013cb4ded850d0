import { ordinalOf } from "./ordinals";

/** USPS secondary unit designators, each by the one spelling it is written in: short where people write it short. */
const designators: Record<string, string> = {
  apt: "Apt", apartment: "Apt", ste: "Suite", suite: "Suite", unit: "Unit", fl: "Floor", flr: "Floor", floor: "Floor",
  rm: "Room", room: "Room", bldg: "Building", building: "Building", dept: "Department", department: "Department",
  ofc: "Office", office: "Office", lot: "Lot", spc: "Space", space: "Space", trlr: "Trailer", trailer: "Trailer",
  ph: "Penthouse", penthouse: "Penthouse", hngr: "Hangar", hangar: "Hangar", pier: "Pier", slip: "Slip",
};

const word = Object.keys(designators).join("|");
/** A unit's number or letter: "3", "3B", "B", "B2", "106-250"; never a word, so "Lot Rd" stays a street. */
const part = "(?:\\d{1,6}\\p{L}?|\\p{L}\\d{0,5})";
const id = `${part}(?:-${part})?`;
/** "Apt 3", "Ste. 200", "Apt #5", "Unit B", "#5". */
const designated = `(?:(${word})\\.?\\s*#?\\s*(${id})|#\\s*(${id}))`;
/** "3rd Floor", "2nd Fl". */
const floorFirst = `(\\d{1,3}(?:st|nd|rd|th))\\s+(?:fl|flr|floor)\\.?`;
const whole = new RegExp(`^(?:${designated}|${floorFirst})$`, "iu");
const atEnd = new RegExp(`(?:\\s*,\\s*|\\s+)(?:${designated}|${floorFirst})$`, "iu");
const atStart = new RegExp(`^(?:${designated}|${floorFirst})\\s*,\\s*`, "iu");

function spell(m: RegExpExecArray): string {
  if (m[1]) return `${designators[m[1].toLowerCase()]} ${m[2].toUpperCase()}`;
  if (m[3]) return `#${m[3].toUpperCase()}`;
  return `Floor ${ordinalOf(m[4])?.replace(/\D/g, "")}`;
}

/**
 * A unit in the one spelling golden records show ("Ste. 200" → "Suite 200",
 * "apartment 3b" → "Apt 3B", "3rd Floor" → "Floor 3"); a line that is not
 * just a unit ("c/o Smith", "Building C, Rear") is kept as written.
 */
export function standardizeUnit(line: string): string {
  const m = whole.exec(line.trim());
  return m ? spell(m) : line;
}

/**
 * Takes the apartment or suite out of a street line, written after the
 * street ("100 Main St Apt 3", "100 Main St, #5") or before it with a comma
 * ("Suite 200, 100 Main St"), so the street compares as the street alone.
 */
export function takeUnit(street: string): { street: string; unit?: string } {
  const end = atEnd.exec(street);
  if (end && /\p{L}/u.test(street.slice(0, end.index))) return { street: street.slice(0, end.index), unit: spell(end) };
  const start = atStart.exec(street);
  if (start) return { street: street.slice(start[0].length), unit: spell(start) };
  return { street };
}
