import { fullNameOf, type DemoAddress, type DemoPartner } from "./demo-partner";
import { edmDate, edmDateTimeOffset, edmDay, edmTime, OPEN_END } from "./odata-json-values";
import type { ExpandPath } from "./query-options";

const metadata = (service: string, set: string, key: string, type: string) => ({
  id: `${service}${set}(${key})`,
  uri: `${service}${set}(${key})`,
  type: `API_BUSINESS_PARTNER.${type}`,
});

const deferred = (service: string, owner: string, nav: string) => ({ __deferred: { uri: `${service}${owner}/${nav}` } });

function addressJson(service: string, partner: DemoPartner, a: DemoAddress, expand: Set<ExpandPath>) {
  const key = `BusinessPartner='${partner.id}',AddressID='${a.id}'`;
  const owner = `A_BusinessPartnerAddress(${key})`;
  const emails = a.email ? [{ AddressID: a.id, Person: "", OrdinalNumber: "1", IsDefaultEmailAddress: true, EmailAddress: a.email, SearchEmailAddress: a.email.slice(0, 20).toUpperCase() }] : [];
  const phones = a.phone
    ? [{ AddressID: a.id, Person: "", OrdinalNumber: "1", DestinationLocationCountry: a.phone.country, IsDefaultPhoneNumber: true, PhoneNumber: a.phone.number, PhoneNumberExtension: "", InternationalPhoneNumber: a.phone.international, PhoneNumberType: "1" }]
    : [];
  return {
    __metadata: metadata(service, "A_BusinessPartnerAddress", key, "A_BusinessPartnerAddressType"),
    BusinessPartner: partner.id,
    AddressID: a.id,
    ValidityStartDate: edmDateTimeOffset(partner.created),
    ValidityEndDate: edmDateTimeOffset(OPEN_END),
    StreetName: a.street,
    HouseNumber: a.houseNumber,
    StreetPrefixName: "",
    StreetSuffixName: "",
    District: "",
    PostalCode: a.postalCode,
    CityName: a.city,
    Region: a.region,
    Country: a.country,
    Language: a.country === "DE" ? "DE" : a.country === "FR" ? "FR" : "EN",
    to_EmailAddress: expand.has("to_BusinessPartnerAddress/to_EmailAddress") ? { results: emails } : deferred(service, owner, "to_EmailAddress"),
    to_PhoneNumber: expand.has("to_BusinessPartnerAddress/to_PhoneNumber") ? { results: phones } : deferred(service, owner, "to_PhoneNumber"),
  };
}

/**
 * A partner as SAP Gateway serves `A_BusinessPartner` in JSON: every text
 * property present (empty when initial), dates as `/Date(ms)/`, times as
 * `PT..H..M..S`, LastChangeDate null until the first change, and navigation
 * properties either expanded into `{results}` or left `__deferred`. Creation
 * and change stamps are the server's local time in `timeZone`, as SAP's are.
 */
export function partnerJson(service: string, p: DemoPartner, expand: Set<ExpandPath>, timeZone: string) {
  const key = `'${p.id}'`;
  const owner = `A_BusinessPartner(${key})`;
  const [name1 = "", name2 = "", name3 = "", name4 = ""] = p.organizationNames;
  return {
    __metadata: metadata(service, "A_BusinessPartner", key, "A_BusinessPartnerType"),
    BusinessPartner: p.id,
    Customer: p.id,
    BusinessPartnerCategory: p.category,
    BusinessPartnerFullName: fullNameOf(p),
    BusinessPartnerGrouping: p.category === "1" ? "BP02" : "BP03",
    FirstName: p.firstName,
    LastName: p.lastName,
    MiddleName: "",
    BirthDate: edmDay(p.birthDate),
    IsNaturalPerson: p.category === "1" ? "X" : "",
    OrganizationBPName1: name1,
    OrganizationBPName2: name2,
    OrganizationBPName3: name3,
    OrganizationBPName4: name4,
    SearchTerm1: (p.category === "1" ? p.lastName : name1).slice(0, 20).toUpperCase(),
    BusinessPartnerIsBlocked: p.blocked,
    IsMarkedForArchiving: p.archived,
    CreatedByUser: "DEMO_LOAD",
    CreationDate: edmDate(p.created, timeZone),
    CreationTime: edmTime(p.created, timeZone),
    LastChangedByUser: p.changed ? "DEMO_CLERK" : "",
    LastChangeDate: edmDate(p.changed, timeZone),
    LastChangeTime: edmTime(p.changed, timeZone),
    to_BusinessPartnerAddress: expand.has("to_BusinessPartnerAddress")
      ? { results: p.addresses.map((a) => addressJson(service, p, a, expand)) }
      : deferred(service, owner, "to_BusinessPartnerAddress"),
    to_BuPaIdentification: expand.has("to_BuPaIdentification")
      ? { results: p.identifications.map((i) => ({ BusinessPartner: p.id, BPIdentificationType: i.type, BPIdentificationNumber: i.number, BPIdnNmbrIssuingInstitute: "", BPIdentificationEntryDate: edmDate(p.created, timeZone), Country: i.country, Region: "", ValidityStartDate: null, ValidityEndDate: null })) }
      : deferred(service, owner, "to_BuPaIdentification"),
    to_BusinessPartnerTax: expand.has("to_BusinessPartnerTax")
      ? { results: p.taxNumbers.map((t) => ({ BusinessPartner: p.id, BPTaxType: t.type, BPTaxNumber: t.number, BPTaxLongNumber: "" })) }
      : deferred(service, owner, "to_BusinessPartnerTax"),
  };
}
