import type { Faker } from "@faker-js/faker";
import type { CustomerAttributes } from "@/src/golden/attributes";
import { companyTaxIdFor } from "./identifiers";
import { legalFormsOf, withoutFakerForm } from "./legal-forms";
import type { Country } from "./locales";
import { mailLocalPart } from "./text-errors";

/** A business customer with its legal form, VAT number and a shared mailbox on its own domain. */
export function makeOrganization(f: Faker, country: Country): CustomerAttributes {
  const name = withoutFakerForm(f.company.name());
  const domain = `${mailLocalPart(name.split(/[\s,-]+/)[0]) || "firma"}.${country === "US" ? "com" : country === "GB" ? "co.uk" : country.toLowerCase()}`;
  const attributes: CustomerAttributes = {
    organizationName: `${name} ${f.helpers.arrayElement(legalFormsOf(country))}`,
    taxId: f.datatype.boolean({ probability: 0.85 }) ? companyTaxIdFor(f, country) : undefined,
    email: f.datatype.boolean({ probability: 0.8 }) ? `${f.helpers.arrayElement(["info", "contact", "office", "sales", "accounts"])}@${domain}` : undefined,
    phone: f.datatype.boolean({ probability: 0.9 }) ? f.phone.number({ style: "international" }) : undefined,
    street: f.location.street(),
    houseNumber: f.location.buildingNumber(),
    city: f.location.city(),
    postalCode: f.location.zipCode(),
    country,
  };
  return Object.fromEntries(Object.entries(attributes).filter(([, v]) => v !== undefined));
}
