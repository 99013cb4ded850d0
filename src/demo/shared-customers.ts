import { base, de, en, en_GB, en_US, Faker, fr } from "@faker-js/faker";

export type DemoCountry = "DE" | "US" | "GB" | "FR";

/** A customer as the demo world knows it, before any one system types it in its own way. */
export type DemoCustomer = {
  /** stable across systems and runs, e.g. "shared-0007", so a test can find both copies */
  key: string;
  kind: "person" | "organization";
  firstName?: string;
  lastName?: string;
  /** YYYY-MM-DD */
  birthDate?: string;
  organizationName?: string;
  email: string;
  /** E.164 */
  phone: string;
  street: string;
  houseNumber: string;
  postalCode: string;
  city: string;
  region?: string;
  country: DemoCountry;
  /** an organization's VAT number (EIN in the US) */
  taxId?: string;
};

/** The seed both demo systems use for the customers they share; the same seed gives the same customers. */
export const SHARED_CUSTOMERS_SEED = 1507;

const countries: DemoCountry[] = ["DE", "US", "GB", "FR"];
const locales = { DE: de, US: en_US, GB: en_GB, FR: fr } as const;
const fakers = new Map<DemoCountry, Faker>();
const fakerFor = (country: DemoCountry) => {
  if (!fakers.has(country)) fakers.set(country, new Faker({ locale: [locales[country], en, base] }));
  return fakers.get(country)!;
};

const taxIdFor = (f: Faker, country: DemoCountry) =>
  country === "US" ? f.string.numeric(2) + "-" + f.string.numeric(7) : country + f.string.numeric(country === "FR" ? 11 : 9);

/** Regions only where the country's addresses carry one (US states, German Länder). */
const regionFor = (f: Faker, country: DemoCountry) => (country === "US" || country === "DE" ? f.location.state({ abbreviated: true }) : undefined);

/** The `index`-th customer of a seed's population, made alone so a running demo can add customers one at a time. */
export function demoCustomer(index: number, seed: number, prefix = "customer"): DemoCustomer {
  const country = countries[index % countries.length];
  const f = fakerFor(country);
  // Seeding per customer keeps customer i the same whatever the count, so a larger demo extends a smaller one.
  f.seed(seed * 1_000_003 + index);
  const kind = f.number.float() < 0.7 ? "person" : "organization";
  const firstName = kind === "person" ? f.person.firstName() : undefined;
  const lastName = kind === "person" ? f.person.lastName() : undefined;
  const organizationName = kind === "organization" ? f.company.name() : undefined;
  const domain = f.internet.domainName();
  return {
    key: `${prefix}-${String(index).padStart(4, "0")}`,
    kind,
    firstName,
    lastName,
    birthDate: kind === "person" ? f.date.birthdate({ min: 18, max: 85, mode: "age", refDate: "2026-01-01" }).toISOString().slice(0, 10) : undefined,
    organizationName,
    email: (kind === "person" ? f.internet.email({ firstName, lastName }) : `info@${domain}`).toLowerCase(),
    phone: f.phone.number({ style: "international" }),
    street: f.location.street(),
    houseNumber: f.location.buildingNumber(),
    postalCode: f.location.zipCode(),
    city: f.location.city(),
    region: regionFor(f, country),
    country,
    taxId: kind === "organization" ? taxIdFor(f, country) : undefined,
  };
}

/** Customers for one demo system's own population: persons and organizations in DE, US, GB and FR, the same for the same seed. */
export function demoCustomers(count: number, seed: number, prefix = "customer"): DemoCustomer[] {
  return Array.from({ length: count }, (_, i) => demoCustomer(i, seed, prefix));
}

/**
 * The customers the demo CRM and the demo ERP both hold: each demo server
 * plants these (typed its own way) among its own customers, so matching
 * finds cross-system duplicates, and a test can name a customer by `key`.
 */
export function sharedCustomers(count: number, seed = SHARED_CUSTOMERS_SEED): DemoCustomer[] {
  return demoCustomers(count, seed, "shared");
}
