import type { Faker } from "@faker-js/faker";
import { rewrite, type Corruption } from "./corruption";
import { directionals, ordinal, ordinalWords, streetTypes } from "./us-addresses";
import { placeOf } from "./us-places";

const words = (s: string) => s.split(" ");

/** The directional in front of the street, spelled the other way or left out: "N Oak Ave" → "North Oak Ave" or "Oak Ave". */
function respellDirectional(f: Faker, street: string): string | null {
  const [first, ...rest] = words(street);
  const pair = directionals.find((d) => d.includes(first));
  if (!pair || !rest.length) return null;
  if (f.datatype.boolean({ probability: 0.35 })) return rest.join(" ");
  return [pair[0] === first ? pair[1] : pair[0], ...rest].join(" ");
}

/** "Fifth" ↔ "5th", and a high ordinal written bare ("42nd" → "42"). */
function respellOrdinal(street: string): string | null {
  const out = words(street).map((w) => {
    const asWord = ordinalWords.indexOf(w);
    if (asWord >= 0) return ordinal(asWord + 1);
    const n = /^(\d+)(st|nd|rd|th)$/.exec(w);
    if (!n) return w;
    return Number(n[1]) <= 10 ? ordinalWords[Number(n[1]) - 1] : n[1];
  });
  return out.join(" ");
}

const typeAt = (street: string) => {
  const last = words(street).at(-1) ?? "";
  return streetTypes.findIndex((t) => t.includes(last.replace(/\.$/, "")));
};

/** The street type left off, as people say an address aloud: "412 Oak". */
function dropType(street: string): string | null {
  const parts = words(street);
  return parts.length > 1 && typeAt(street) >= 0 ? parts.slice(0, -1).join(" ") : null;
}

/** Another street type by mistake: "Oak Ave" keyed as "Oak St". */
function otherType(f: Faker, street: string): string | null {
  const at = typeAt(street);
  if (at < 0) return null;
  const other = f.helpers.arrayElement(streetTypes.filter((_, i) => i !== at));
  return [...words(street).slice(0, -1), other[f.datatype.boolean() ? 0 : 1]].join(" ");
}

const unitWords: Record<string, string[]> = { Apt: ["Apt", "Apt.", "Apartment", "Unit", "#"], Ste: ["Ste", "Ste.", "Suite", "#", "Unit"] };

/** The unit spelled another way ("Apt 3" → "#3"), typed onto the street line, or left off. */
function moveUnit(f: Faker, street: string | undefined, unit: string): { street?: string; addressLine2?: string } {
  const [designator, ...number] = words(unit);
  const spellings = unitWords[designator] ?? [designator];
  const spelled = f.helpers.arrayElement(spellings.filter((s) => s !== designator));
  const respelled = spelled === "#" ? `#${number.join(" ")}` : `${spelled} ${number.join(" ")}`;
  const how = f.helpers.arrayElement(["respelled", "on street line", "dropped"] as const);
  if (how === "respelled") return { addressLine2: respelled };
  if (how === "on street line" && street) return { street: `${street} ${f.datatype.boolean() ? unit : respelled}` };
  return {};
}

/**
 * How US addresses drift between clerks: directionals and ordinals spelled
 * out or abbreviated, the street type missing or wrong, the unit written
 * anywhere, and the neighbourhood written for the city.
 */
export const usAddressCorruptions: Corruption[] = [
  { kind: "us:directional", weight: 4, apply: (a, { f }) => rewrite(a, "street", (v) => respellDirectional(f, v)) },
  { kind: "us:ordinal", weight: 2, apply: (a) => rewrite(a, "street", respellOrdinal) },
  { kind: "us:street-type-missing", weight: 3, apply: (a) => rewrite(a, "street", dropType) },
  { kind: "us:street-type-other", weight: 2, apply: (a, { f }) => rewrite(a, "street", (v) => otherType(f, v)) },
  {
    kind: "us:unit",
    weight: 4,
    apply: (a, { f }) => {
      if (!a.addressLine2) return null;
      const rest = Object.fromEntries(Object.entries(a).filter(([k]) => k !== "addressLine2" && k !== "street"));
      return { ...rest, ...(a.street ? { street: a.street } : {}), ...moveUnit(f, a.street, a.addressLine2) };
    },
  },
  {
    kind: "us:neighbourhood-for-city",
    weight: 3,
    apply: (a, { f }) =>
      rewrite(a, "city", (v) => {
        const place = placeOf(v);
        if (!place) return null;
        return v === place.city ? f.helpers.arrayElement(place.neighbourhoods) : place.city;
      }),
  },
];
