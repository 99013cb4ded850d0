import type { Faker } from "@faker-js/faker";
import type { AttributeName, CustomerAttributes } from "@/src/golden/attributes";
import type { Country } from "./locales";

/**
 * What a corruption may draw on: the entity's own country faker, for local
 * streets, names and providers; where the shape builds its own addresses, a
 * maker of another one (for a move); where customers share numbers, the
 * shared numbers (a hotel switchboard, a head office).
 */
export type CorruptionContext = {
  f: Faker;
  country: Country;
  freshAddress?: () => CustomerAttributes;
  switchboards?: readonly string[];
};

/**
 * One way a copy of a customer drifts from the truth. `apply` returns null
 * when the record has nothing it could affect (no accents to drop, no
 * nickname for the name), so the corruptor picks another.
 */
export type Corruption = {
  kind: string;
  weight: number;
  apply: (a: CustomerAttributes, ctx: CorruptionContext) => CustomerAttributes | null;
};

/** Rewrites one attribute if present; null when it is absent or the rewrite changes nothing. */
export function rewrite(
  a: CustomerAttributes,
  name: AttributeName,
  change: (value: string) => string | null,
): CustomerAttributes | null {
  const value = a[name];
  if (!value) return null;
  const next = change(value);
  return next === null || next === value ? null : { ...a, [name]: next };
}

/** Rewrites one of several attributes, chosen among those present. */
export function rewriteOneOf(
  f: Faker,
  a: CustomerAttributes,
  names: AttributeName[],
  change: (value: string) => string | null,
): CustomerAttributes | null {
  const present = names.filter((n) => a[n]);
  return present.length ? rewrite(a, f.helpers.arrayElement(present), change) : null;
}

/** Drops attributes, as a source that never captured them would. */
export function without(a: CustomerAttributes, names: AttributeName[]): CustomerAttributes | null {
  if (!names.some((n) => a[n])) return null;
  return Object.fromEntries(Object.entries(a).filter(([k]) => !names.includes(k as AttributeName)));
}
