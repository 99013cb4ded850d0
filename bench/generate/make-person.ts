import type { Faker } from "@faker-js/faker";
import type { CustomerAttributes } from "@/src/golden/attributes";
import { nationalIdFor } from "./identifiers";
import { mailProviders, type Country } from "./locales";
import { commonNames } from "./nicknames";
import { mailLocalPart } from "./text-errors";

/** A private address built from the name, the way people pick them. */
export function emailFor(f: Faker, country: Country, firstName: string, lastName: string): string {
  const first = mailLocalPart(firstName);
  const last = mailLocalPart(lastName);
  const local = f.helpers.arrayElement([`${first}.${last}`, `${first}${last}`, `${first[0]}.${last}`, `${first}.${last}${f.number.int({ min: 1, max: 99 })}`, `${last}.${first}`]);
  return `${local}@${f.helpers.arrayElement(mailProviders[country])}`;
}

/**
 * A private customer as the truth knows them. Even the truth is incomplete:
 * not everyone gave a phone, a birth date or an identity number.
 */
export function makePerson(f: Faker, country: Country): CustomerAttributes {
  const firstName = f.datatype.boolean({ probability: 0.2 }) ? f.helpers.arrayElement(commonNames(country)) : f.person.firstName();
  const lastName = f.person.lastName();
  const dateOfBirth = f.datatype.boolean({ probability: 0.85 })
    ? f.date.birthdate({ mode: "age", min: 18, max: 90 }).toISOString().slice(0, 10)
    : undefined;
  const attributes: CustomerAttributes = {
    firstName,
    lastName,
    dateOfBirth,
    email: f.datatype.boolean({ probability: 0.93 }) ? emailFor(f, country, firstName, lastName) : undefined,
    phone: f.datatype.boolean({ probability: 0.85 }) ? f.phone.number({ style: "international" }) : undefined,
    street: f.location.street(),
    houseNumber: f.location.buildingNumber(),
    city: f.location.city(),
    postalCode: f.location.zipCode(),
    country,
    nationalId: f.datatype.boolean({ probability: 0.25 }) ? nationalIdFor(f, country, dateOfBirth) : undefined,
  };
  return Object.fromEntries(Object.entries(attributes).filter(([, v]) => v !== undefined));
}
