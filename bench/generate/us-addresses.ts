import type { Faker } from "@faker-js/faker";
import type { CustomerAttributes } from "@/src/golden/attributes";
import { usPlaces, type UsPlace } from "./us-places";

/** Compass points before a street name, short and long: "N Oak Ave", "North Oak Avenue". */
export const directionals: [string, string][] = [
  ["N", "North"],
  ["S", "South"],
  ["E", "East"],
  ["W", "West"],
];

/** USPS street types, long and short. */
export const streetTypes: [string, string][] = [
  ["Street", "St"],
  ["Avenue", "Ave"],
  ["Road", "Rd"],
  ["Boulevard", "Blvd"],
  ["Drive", "Dr"],
  ["Lane", "Ln"],
  ["Court", "Ct"],
  ["Place", "Pl"],
  ["Parkway", "Pkwy"],
  ["Terrace", "Ter"],
];

/** The first ten ordinals as words, since "Fifth Avenue" and "5th Ave" are both written. */
export const ordinalWords = ["First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth"];

const treesAndLandmarks = ["Oak", "Maple", "Elm", "Pine", "Cedar", "Walnut", "Park", "Lake", "Hill", "Washington", "Lincoln", "Jefferson", "Main", "Church", "Mill"];

/** "1st", "2nd", "23rd", "11th". */
export function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? "th" : ({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[n % 10] ?? "th";
  return `${n}${suffix}`;
}

function streetName(f: Faker): string {
  const kind = f.helpers.weightedArrayElement([
    { value: "landmark", weight: 55 },
    { value: "ordinal", weight: 25 },
    { value: "surname", weight: 20 },
  ]);
  if (kind === "landmark") return f.helpers.arrayElement(treesAndLandmarks);
  if (kind === "surname") return f.person.lastName();
  const n = f.number.int({ min: 1, max: 60 });
  return n <= 10 && f.datatype.boolean({ probability: 0.2 }) ? ordinalWords[n - 1] : ordinal(n);
}

/** A street line without its number, spelled the way one clerk would: "N Oak Ave", "West 42nd Street". */
export function usStreet(f: Faker): string {
  const short = f.datatype.boolean({ probability: 0.6 });
  const direction = f.datatype.boolean({ probability: 0.3 }) ? f.helpers.arrayElement(directionals)[short ? 0 : 1] : null;
  const type = f.helpers.arrayElement(streetTypes)[short ? 1 : 0];
  return [direction, streetName(f), type].filter(Boolean).join(" ");
}

/** A unit inside a building, as a home or an office writes it. */
export function unitFor(f: Faker, kind: "home" | "office"): string {
  const n = kind === "home" ? f.helpers.arrayElement([String(f.number.int({ min: 1, max: 30 })), `${f.number.int({ min: 1, max: 12 })}${f.helpers.arrayElement(["A", "B", "C", "D"])}`]) : String(f.number.int({ min: 1, max: 9 }) * 100 + f.number.int({ min: 0, max: 50 }));
  return `${kind === "home" ? "Apt" : "Ste"} ${n}`;
}

/** One of our real cities, weighted by nothing: every city is as likely. */
export function somePlace(f: Faker): UsPlace {
  return f.helpers.arrayElement(usPlaces);
}

/**
 * A deliverable-looking US address in a real city: number and street, a unit
 * for some, the state and a ZIP code under one of the city's prefixes.
 */
export function usAddress(f: Faker, place: UsPlace, kind: "home" | "office"): CustomerAttributes {
  const unitShare = kind === "home" ? 0.3 : 0.5;
  return {
    street: usStreet(f),
    houseNumber: String(f.number.int({ min: 1, max: f.datatype.boolean({ probability: 0.85 }) ? 9999 : 99999 })),
    ...(f.datatype.boolean({ probability: unitShare }) ? { addressLine2: unitFor(f, kind) } : {}),
    city: place.city,
    region: place.state,
    postalCode: `${f.helpers.arrayElement(place.zipPrefixes)}${f.string.numeric(2)}`,
  };
}
