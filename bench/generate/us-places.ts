import type { Faker } from "@faker-js/faker";

/** A real US city with what a local address and phone number carry: state, ZIP prefixes, area codes, and the neighbourhoods people write instead of the city. */
export type UsPlace = { city: string; state: string; zipPrefixes: string[]; areaCodes: string[]; neighbourhoods: string[] };

/**
 * Real cities with real neighbourhoods, because data entry writes "Brooklyn"
 * or "Hollywood" where the post office says New York or Los Angeles, and a
 * made-up city has no neighbourhood anyone would write instead.
 */
export const usPlaces: UsPlace[] = [
  { city: "New York", state: "NY", zipPrefixes: ["100", "101", "102", "112"], areaCodes: ["212", "646", "718", "917"], neighbourhoods: ["Brooklyn", "Harlem", "Queens", "Bronx", "Astoria", "Flushing"] },
  { city: "Los Angeles", state: "CA", zipPrefixes: ["900", "910", "913"], areaCodes: ["213", "323", "310", "818"], neighbourhoods: ["Hollywood", "Van Nuys", "Venice", "Echo Park", "North Hollywood", "Encino"] },
  { city: "Chicago", state: "IL", zipPrefixes: ["606", "607"], areaCodes: ["312", "773", "872"], neighbourhoods: ["Lincoln Park", "Hyde Park", "Wicker Park", "Rogers Park", "Pilsen", "Uptown"] },
  { city: "Houston", state: "TX", zipPrefixes: ["770", "772"], areaCodes: ["713", "832", "281"], neighbourhoods: ["Montrose", "The Heights", "Kingwood", "Clear Lake", "Alief"] },
  { city: "Philadelphia", state: "PA", zipPrefixes: ["191"], areaCodes: ["215", "267"], neighbourhoods: ["Germantown", "Fishtown", "Manayunk", "Roxborough", "Kensington"] },
  { city: "Phoenix", state: "AZ", zipPrefixes: ["850"], areaCodes: ["602", "480", "623"], neighbourhoods: ["Ahwatukee", "Maryvale", "Arcadia", "Laveen"] },
  { city: "Seattle", state: "WA", zipPrefixes: ["981"], areaCodes: ["206"], neighbourhoods: ["Ballard", "Capitol Hill", "Fremont", "West Seattle", "Queen Anne"] },
  { city: "Boston", state: "MA", zipPrefixes: ["021", "022"], areaCodes: ["617", "857"], neighbourhoods: ["Dorchester", "Roxbury", "Jamaica Plain", "Charlestown", "Brighton", "South Boston"] },
  { city: "Atlanta", state: "GA", zipPrefixes: ["303", "311"], areaCodes: ["404", "678", "470"], neighbourhoods: ["Buckhead", "Midtown", "Little Five Points", "West End", "Kirkwood"] },
  { city: "Denver", state: "CO", zipPrefixes: ["802"], areaCodes: ["303", "720"], neighbourhoods: ["Five Points", "Highland", "Capitol Hill", "Park Hill", "Montbello"] },
  { city: "Minneapolis", state: "MN", zipPrefixes: ["554"], areaCodes: ["612"], neighbourhoods: ["Northeast", "Powderhorn", "Longfellow", "Phillips", "Nokomis"] },
  { city: "San Diego", state: "CA", zipPrefixes: ["921"], areaCodes: ["619", "858"], neighbourhoods: ["La Jolla", "Pacific Beach", "North Park", "Hillcrest", "San Ysidro"] },
];

const byName = new Map(usPlaces.flatMap((p) => [[p.city, p] as const, ...p.neighbourhoods.map((n) => [n, p] as const)]));

/** The city a city or neighbourhood name belongs to, if it is one of ours. */
export function placeOf(cityOrNeighbourhood: string): UsPlace | undefined {
  return byName.get(cityOrNeighbourhood);
}

/** A phone number as the phone company hands it out in that city: one of its area codes, an exchange not starting with 0 or 1. */
export function usPhoneIn(f: Faker, place: UsPlace): string {
  return `+1${f.helpers.arrayElement(place.areaCodes)}${f.number.int({ min: 2, max: 9 })}${f.string.numeric(2)}${f.string.numeric(4)}`;
}
