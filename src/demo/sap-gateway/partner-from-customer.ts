import { parsePhoneNumberFromString } from "libphonenumber-js";
import type { DemoCustomer } from "@/src/demo/shared-customers";
import { organizationNameFields, type DemoPartner, type DemoPhone } from "./demo-partner";

/** SAP's tax number category per country: VAT numbers, and the EIN for the US. */
const taxTypes: Record<DemoCustomer["country"], string> = { DE: "DE0", FR: "FR0", GB: "GB0", US: "US1" };

/** How an ERP clerk types a customer: the number in its national form, and SAP's derived international form only some of the time. */
function phoneOf(customer: DemoCustomer, withInternational: boolean): DemoPhone {
  const parsed = parsePhoneNumberFromString(customer.phone);
  return {
    number: parsed?.formatNational() ?? customer.phone,
    country: customer.country,
    international: withInternational ? customer.phone : "",
  };
}

/**
 * A customer as the demo ERP holds it. `variant` picks the ways the ERP's copy
 * differs from the CRM's (an upper-cased surname, no phone, no e-mail), so
 * shared customers are duplicates a matcher has to work for.
 */
export function partnerFromCustomer(customer: DemoCustomer, id: string, created: Date, variant: number): DemoPartner {
  const person = customer.kind === "person";
  return {
    id,
    category: person ? "1" : "2",
    firstName: customer.firstName ?? "",
    lastName: variant % 5 === 1 ? (customer.lastName ?? "").toUpperCase() : (customer.lastName ?? ""),
    birthDate: customer.birthDate,
    organizationNames: person ? [] : organizationNameFields(customer.organizationName ?? ""),
    blocked: false,
    archived: false,
    created,
    changed: null,
    addresses: [
      {
        id: String(20_000 + Number(id.slice(-6))),
        street: customer.street,
        houseNumber: customer.houseNumber,
        postalCode: customer.postalCode,
        city: customer.city,
        region: customer.region ?? "",
        country: customer.country,
        email: variant % 7 === 3 ? undefined : customer.email,
        phone: variant % 4 === 2 ? undefined : phoneOf(customer, variant % 3 !== 0),
      },
    ],
    identifications: person && variant % 3 === 0 && customer.country !== "US" ? [{ type: "FS0001", number: `ID${id}${customer.country}`, country: customer.country }] : [],
    taxNumbers: customer.taxId ? [{ type: taxTypes[customer.country], number: customer.taxId }] : [],
  };
}
