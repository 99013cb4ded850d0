import type { Faker } from "@faker-js/faker";
import type { CustomerAttributes } from "@/src/golden/attributes";
import { ssnFor } from "./identifiers";
import { emailFor } from "./make-person";
import { commonNames } from "./nicknames";
import { somePlace, usAddress } from "./us-addresses";
import { usPhoneIn } from "./us-places";

/**
 * A US private customer as a US list holds them: a street address with
 * directionals, ordinals and units in a real city, a phone number with that
 * city's area code, and an SSN more often than European lists hold an
 * identity number, because US forms ask for it.
 */
export function makeUsPerson(f: Faker): CustomerAttributes {
  const place = somePlace(f);
  const firstName = f.datatype.boolean({ probability: 0.2 }) ? f.helpers.arrayElement(commonNames("US")) : f.person.firstName();
  const lastName = f.person.lastName();
  const attributes: CustomerAttributes = {
    firstName,
    lastName,
    dateOfBirth: f.datatype.boolean({ probability: 0.85 }) ? f.date.birthdate({ mode: "age", min: 18, max: 90 }).toISOString().slice(0, 10) : undefined,
    email: f.datatype.boolean({ probability: 0.85 }) ? emailFor(f, "US", firstName, lastName) : undefined,
    phone: f.datatype.boolean({ probability: 0.85 }) ? usPhoneIn(f, place) : undefined,
    ...usAddress(f, place, "home"),
    country: "US",
    nationalId: f.datatype.boolean({ probability: 0.6 }) ? ssnFor(f) : undefined,
  };
  return Object.fromEntries(Object.entries(attributes).filter(([, v]) => v !== undefined));
}
