import type { DemoCountry, DemoCustomer } from "@/src/demo/shared-customers";

/** Salesforce orgs without state and country picklists hold countries as typed names. */
const countryNames: Record<DemoCountry, string> = { DE: "Germany", US: "United States", GB: "United Kingdom", FR: "France" };

/** Street lines are written the local way: number first in the US, UK and France, after the street in Germany. */
const streetLine = (c: DemoCustomer) => (c.country === "DE" ? `${c.street} ${c.houseNumber}` : `${c.houseNumber} ${c.street}`);

const address = (prefix: string, c: DemoCustomer) => ({
  [`${prefix}Street`]: streetLine(c),
  [`${prefix}City`]: c.city,
  [`${prefix}PostalCode`]: c.postalCode,
  [`${prefix}State`]: c.region ?? null,
  [`${prefix}Country`]: countryNames[c.country],
});

export type DemoFields = Record<string, string | number | boolean | null>;

/** A company as a business Account. */
export const businessAccountFields = (c: DemoCustomer, accountNumber: string): DemoFields => ({
  Name: c.organizationName ?? `${c.lastName} Ltd`,
  IsPersonAccount: false,
  Phone: c.phone,
  AccountNumber: accountNumber,
  ...address("Billing", c),
});

/** A consumer as a Person Account: the person's fields live on the Account. */
export const personAccountFields = (c: DemoCustomer): DemoFields => ({
  FirstName: c.firstName ?? null,
  LastName: c.lastName ?? "Unknown",
  IsPersonAccount: true,
  PersonEmail: c.email,
  PersonBirthdate: c.birthDate ?? null,
  Phone: c.phone,
  ...address("PersonMailing", c),
});

/** A person working at a business Account. */
export const contactFields = (c: DemoCustomer, accountId: string | null): DemoFields => ({
  FirstName: c.firstName ?? null,
  LastName: c.lastName ?? "Unknown",
  IsPersonAccount: false,
  AccountId: accountId,
  Email: c.email,
  Birthdate: c.birthDate ?? null,
  Phone: c.phone,
  ...address("Mailing", c),
});
