/**
 * A trimmed `$metadata` of API_BUSINESS_PARTNER, written for the demo from the
 * properties it serves (SAP's own EDMX is not licensed for redistribution).
 * Entity types, keys and navigation names follow SAP's published API so a
 * client generated from it talks to a real system too.
 */
type Property = [name: string, type: string, extra?: string];

const str = (name: string, length: number): Property => [name, "Edm.String", `MaxLength="${length}"`];
const date = (name: string): Property => [name, "Edm.DateTime", `Precision="0" sap:display-format="Date"`];

const entityTypes: { name: string; keys: string[]; properties: Property[]; navigation: [string, string][] }[] = [
  {
    name: "A_BusinessPartnerType",
    keys: ["BusinessPartner"],
    properties: [
      str("BusinessPartner", 10), str("Customer", 10), str("BusinessPartnerCategory", 1), str("BusinessPartnerFullName", 81),
      str("BusinessPartnerGrouping", 4), str("FirstName", 40), str("LastName", 40), str("MiddleName", 40), date("BirthDate"),
      str("IsNaturalPerson", 1), str("OrganizationBPName1", 40), str("OrganizationBPName2", 40), str("OrganizationBPName3", 40),
      str("OrganizationBPName4", 40), str("SearchTerm1", 20), ["BusinessPartnerIsBlocked", "Edm.Boolean"], ["IsMarkedForArchiving", "Edm.Boolean"],
      str("CreatedByUser", 12), date("CreationDate"), ["CreationTime", "Edm.Time", `Precision="0"`], str("LastChangedByUser", 12),
      date("LastChangeDate"), ["LastChangeTime", "Edm.Time", `Precision="0"`],
    ],
    navigation: [
      ["to_BusinessPartnerAddress", "A_BusinessPartnerAddressType"],
      ["to_BuPaIdentification", "A_BuPaIdentificationType"],
      ["to_BusinessPartnerTax", "A_BusinessPartnerTaxNumberType"],
    ],
  },
  {
    name: "A_BusinessPartnerAddressType",
    keys: ["BusinessPartner", "AddressID"],
    properties: [
      str("BusinessPartner", 10), str("AddressID", 10), ["ValidityStartDate", "Edm.DateTimeOffset", `Precision="0"`],
      ["ValidityEndDate", "Edm.DateTimeOffset", `Precision="0"`], str("StreetName", 60), str("HouseNumber", 10), str("StreetPrefixName", 40),
      str("StreetSuffixName", 40), str("District", 40), str("PostalCode", 10), str("CityName", 40), str("Region", 3), str("Country", 3), str("Language", 2),
    ],
    navigation: [
      ["to_EmailAddress", "A_AddressEmailAddressType"],
      ["to_PhoneNumber", "A_AddressPhoneNumberType"],
    ],
  },
  {
    name: "A_AddressEmailAddressType",
    keys: ["AddressID", "Person", "OrdinalNumber"],
    properties: [str("AddressID", 10), str("Person", 10), str("OrdinalNumber", 3), ["IsDefaultEmailAddress", "Edm.Boolean"], str("EmailAddress", 241), str("SearchEmailAddress", 20)],
    navigation: [],
  },
  {
    name: "A_AddressPhoneNumberType",
    keys: ["AddressID", "Person", "OrdinalNumber"],
    properties: [
      str("AddressID", 10), str("Person", 10), str("OrdinalNumber", 3), str("DestinationLocationCountry", 3), ["IsDefaultPhoneNumber", "Edm.Boolean"],
      str("PhoneNumber", 30), str("PhoneNumberExtension", 10), str("InternationalPhoneNumber", 30), str("PhoneNumberType", 1),
    ],
    navigation: [],
  },
  {
    name: "A_BuPaIdentificationType",
    keys: ["BusinessPartner", "BPIdentificationType", "BPIdentificationNumber"],
    properties: [
      str("BusinessPartner", 10), str("BPIdentificationType", 6), str("BPIdentificationNumber", 60), str("BPIdnNmbrIssuingInstitute", 40),
      date("BPIdentificationEntryDate"), str("Country", 3), str("Region", 3), date("ValidityStartDate"), date("ValidityEndDate"),
    ],
    navigation: [],
  },
  {
    name: "A_BusinessPartnerTaxNumberType",
    keys: ["BusinessPartner", "BPTaxType"],
    properties: [str("BusinessPartner", 10), str("BPTaxType", 4), str("BPTaxNumber", 20), str("BPTaxLongNumber", 60)],
    navigation: [],
  },
];

const setName = (type: string) => type.replace(/Type$/, "");
const association = (from: string, nav: string) => `assoc_${setName(from)}_${nav}`;

function entityTypeXml(t: (typeof entityTypes)[number]): string {
  const keys = t.keys.map((k) => `<PropertyRef Name="${k}"/>`).join("");
  const properties = t.properties.map(([name, type, extra]) => `<Property Name="${name}" Type="${type}" ${extra ?? ""} Nullable="${t.keys.includes(name) ? "false" : "true"}"/>`);
  const navigation = t.navigation.map(([nav]) => `<NavigationProperty Name="${nav}" Relationship="API_BUSINESS_PARTNER.${association(t.name, nav)}" FromRole="From" ToRole="To"/>`);
  return `<EntityType Name="${t.name}"><Key>${keys}</Key>${properties.join("")}${navigation.join("")}</EntityType>`;
}

function associationsXml(): string[] {
  return entityTypes.flatMap((t) =>
    t.navigation.map(
      ([nav, target]) =>
        `<Association Name="${association(t.name, nav)}"><End Type="API_BUSINESS_PARTNER.${t.name}" Multiplicity="1" Role="From"/><End Type="API_BUSINESS_PARTNER.${target}" Multiplicity="*" Role="To"/></Association>`,
    ),
  );
}

function containerXml(): string {
  const sets = entityTypes.map((t) => `<EntitySet Name="${setName(t.name)}" EntityType="API_BUSINESS_PARTNER.${t.name}"/>`);
  const associationSets = entityTypes.flatMap((t) =>
    t.navigation.map(
      ([nav, target]) =>
        `<AssociationSet Name="${association(t.name, nav)}" Association="API_BUSINESS_PARTNER.${association(t.name, nav)}"><End EntitySet="${setName(t.name)}" Role="From"/><End EntitySet="${setName(target)}" Role="To"/></AssociationSet>`,
    ),
  );
  return `<EntityContainer Name="API_BUSINESS_PARTNER_Entities" m:IsDefaultEntityContainer="true">${sets.join("")}${associationSets.join("")}</EntityContainer>`;
}

export const partnerEntitySets = entityTypes.map((t) => setName(t.name));

export const metadataEdmx = [
  `<?xml version="1.0" encoding="utf-8"?>`,
  `<edmx:Edmx Version="1.0" xmlns:edmx="http://schemas.microsoft.com/ado/2007/06/edmx" xmlns:m="http://schemas.microsoft.com/ado/2007/08/dataservices/metadata" xmlns:sap="http://www.sap.com/Protocols/SAPData">`,
  `<edmx:DataServices m:DataServiceVersion="2.0">`,
  `<Schema Namespace="API_BUSINESS_PARTNER" xml:lang="en" xmlns="http://schemas.microsoft.com/ado/2008/09/edm">`,
  ...entityTypes.map(entityTypeXml),
  ...associationsXml(),
  containerXml(),
  `</Schema></edmx:DataServices></edmx:Edmx>`,
].join("\n");
