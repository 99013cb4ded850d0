import { isSupportedCountry, parsePhoneNumberFromString } from "libphonenumber-js";
import type { BusinessPartner, BusinessPartnerAddress } from "./business-partner-schema";
import { dayOf } from "./odata-values";
import type { SapField, SapMapping } from "./sap-mapping";

/**
 * The standard address: SAP marks it by address usage, which this API only
 * gives through another expansion; the oldest address still valid is the one
 * SAP made standard unless someone changed it, so that is the one read.
 */
function standardAddress(addresses: BusinessPartnerAddress[], now: Date): BusinessPartnerAddress | undefined {
  const valid = addresses.filter((a) => !a.ValidityEndDate || a.ValidityEndDate > now);
  return [...valid].sort((a, b) => (a.AddressID ?? "").localeCompare(b.AddressID ?? "", "en", { numeric: true }))[0];
}

/** The default entry, else the lowest ordinal number: SAP's own "first". */
const first = <T extends { OrdinalNumber: number }>(items: T[], isDefault: (t: T) => boolean) =>
  [...items].sort((a, b) => Number(isDefault(b)) - Number(isDefault(a)) || a.OrdinalNumber - b.OrdinalNumber)[0];

type Phone = BusinessPartnerAddress["to_PhoneNumber"][number];

/** +4930123456 when SAP has the international form or libphonenumber can build it from the country; else as typed. */
function internationalPhone(phone: Phone | undefined): string | undefined {
  if (!phone) return undefined;
  if (phone.InternationalPhoneNumber) return phone.InternationalPhoneNumber;
  if (!phone.PhoneNumber) return undefined;
  const country = phone.DestinationLocationCountry?.toUpperCase();
  const parsed = parsePhoneNumberFromString(phone.PhoneNumber, country && isSupportedCountry(country) ? country : undefined);
  return parsed?.isPossible() ? parsed.number : phone.PhoneNumber;
}

/** The standard address's contacts first, then the other addresses', so a contact kept on a second address is not lost. */
function contacts(partner: BusinessPartner, standard: BusinessPartnerAddress | undefined) {
  const addresses = standard ? [standard, ...partner.to_BusinessPartnerAddress.filter((a) => a !== standard)] : partner.to_BusinessPartnerAddress;
  const withEmail = addresses.find((a) => a.to_EmailAddress.some((e) => e.EmailAddress));
  const withPhone = addresses.find((a) => a.to_PhoneNumber.some((p) => p.PhoneNumber || p.InternationalPhoneNumber));
  const emails = withEmail?.to_EmailAddress.filter((e) => e.EmailAddress) ?? [];
  const phones = withPhone?.to_PhoneNumber.filter((p) => p.PhoneNumber || p.InternationalPhoneNumber) ?? [];
  return { email: first(emails, (e) => e.IsDefaultEmailAddress)?.EmailAddress, phone: internationalPhone(first(phones, (p) => p.IsDefaultPhoneNumber)) };
}

function nationalId(partner: BusinessPartner, mapping: SapMapping, now: Date): string | undefined {
  const current = partner.to_BuPaIdentification.filter((i) => i.BPIdentificationNumber && (!i.ValidityEndDate || i.ValidityEndDate > now));
  for (const type of mapping.nationalIdTypes) {
    const found = current.find((i) => i.BPIdentificationType === type);
    if (found) return found.BPIdentificationNumber;
  }
  return undefined;
}

function taxNumber(partner: BusinessPartner, mapping: SapMapping): string | undefined {
  const numbers = partner.to_BusinessPartnerTax.filter((t) => t.BPTaxLongNumber || t.BPTaxNumber);
  const ranked = mapping.taxTypes.length ? mapping.taxTypes.flatMap((type) => numbers.filter((t) => t.BPTaxType === type)) : numbers;
  return ranked[0] ? (ranked[0].BPTaxLongNumber ?? ranked[0].BPTaxNumber) : undefined;
}

const joined = (parts: (string | undefined)[]) => parts.filter(Boolean).join(" ") || undefined;

/**
 * Every value a mapping may pick, read for the partner's category: person
 * fields only for a person (category 1), the organization name for anything
 * else (organization 2, group 3), so a stray value in the other category's
 * fields does not turn a company into a person.
 */
export function businessPartnerFields(partner: BusinessPartner, mapping: SapMapping, now: Date): Record<SapField, string | undefined> {
  const person = partner.BusinessPartnerCategory === "1";
  const address = standardAddress(partner.to_BusinessPartnerAddress, now);
  const { email, phone } = contacts(partner, address);
  const organizationNames = [partner.OrganizationBPName1, partner.OrganizationBPName2, partner.OrganizationBPName3, partner.OrganizationBPName4];
  return {
    FirstName: person ? partner.FirstName : undefined,
    LastName: person ? partner.LastName : undefined,
    MiddleName: person ? partner.MiddleName : undefined,
    BirthDate: person && partner.BirthDate ? dayOf(partner.BirthDate) : undefined,
    BusinessPartnerFullName: partner.BusinessPartnerFullName,
    OrganizationName: person ? undefined : (joined(organizationNames) ?? partner.BusinessPartnerFullName),
    SearchTerm1: partner.SearchTerm1,
    StreetName: address?.StreetName,
    HouseNumber: address?.HouseNumber,
    StreetPrefixName: address?.StreetPrefixName,
    StreetSuffixName: address?.StreetSuffixName,
    District: address?.District,
    PostalCode: address?.PostalCode,
    CityName: address?.CityName,
    Region: address?.Region,
    Country: address?.Country,
    EmailAddress: email,
    PhoneNumber: phone,
    NationalId: person ? nationalId(partner, mapping, now) : undefined,
    TaxNumber: taxNumber(partner, mapping),
  };
}
