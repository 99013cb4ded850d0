import type { Faker } from "@faker-js/faker";
import { countries, type Country, type Fakers } from "./locales";
import { somePlace } from "./us-addresses";
import { usPhoneIn } from "./us-places";

/** Numbers per country that many customers give: hotel switchboards, hospitals, answering services, employers' main lines. */
const PER_COUNTRY = 20;

/** A population's shared numbers, drawn once so the same few recur across unrelated customers. */
export function makeSwitchboards(control: Faker, byCountry: Fakers): Record<Country, string[]> {
  return Object.fromEntries(
    countries.map((c) => [
      c,
      Array.from({ length: PER_COUNTRY }, () => (c === "US" ? usPhoneIn(control, somePlace(control)) : byCountry[c].phone.number({ style: "international" }))),
    ]),
  ) as Record<Country, string[]>;
}

/**
 * Who gave each shared number first: later customers giving it are marked
 * as resembling that one ("switchboard"), so a false merge through a shared
 * number is reported under that relation, not as unrelated.
 */
export class SwitchboardOwners {
  private readonly owners = new Map<string, string>();

  /** The first customer who gave this number, or none when `entityId` is the first. */
  ownerBefore(phone: string, entityId: string): string | undefined {
    const owner = this.owners.get(phone);
    if (owner === undefined) this.owners.set(phone, entityId);
    return owner;
  }
}
