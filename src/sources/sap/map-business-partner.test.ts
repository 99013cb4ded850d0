import { describe, expect, it } from "vitest";
import { mapBusinessPartner } from "./map-business-partner";
import { defaultSapMapping, parseSapMapping } from "./sap-mapping";

const now = new Date("2026-03-02T10:00:00Z");

/** A person as an S/4HANA 2023 system returns it with the connector's $expand, trimmed of properties the mapping ignores. */
const person = () => ({
  __metadata: { id: "https://s4.example.com/sap/opu/odata/sap/API_BUSINESS_PARTNER/A_BusinessPartner('1000042')", type: "API_BUSINESS_PARTNER.A_BusinessPartnerType" },
  BusinessPartner: "1000042",
  BusinessPartnerCategory: "1",
  BusinessPartnerFullName: "Anna Schmidt",
  FirstName: "Anna ",
  LastName: "Schmidt",
  MiddleName: "",
  BirthDate: "/Date(318297600000)/",
  OrganizationBPName1: "",
  OrganizationBPName2: "",
  OrganizationBPName3: "",
  OrganizationBPName4: "",
  BusinessPartnerIsBlocked: false,
  IsMarkedForArchiving: false,
  CreationDate: "/Date(1577836800000)/",
  CreationTime: "PT08H15M00S",
  LastChangeDate: "/Date(1709164800000)/",
  LastChangeTime: "PT14H03M27S",
  to_BusinessPartnerAddress: {
    results: [
      {
        AddressID: "22",
        ValidityStartDate: "/Date(1577836800000+0000)/",
        ValidityEndDate: "/Date(253402214400000+0000)/",
        StreetName: "Hauptstraße",
        HouseNumber: "12a",
        StreetPrefixName: "",
        StreetSuffixName: "Hinterhaus",
        District: "Mitte",
        PostalCode: "10115",
        CityName: "Berlin",
        Region: "BE",
        Country: "DE",
        to_EmailAddress: {
          results: [
            { AddressID: "22", Person: "", OrdinalNumber: "1", IsDefaultEmailAddress: false, EmailAddress: "anna.old@example.de" },
            { AddressID: "22", Person: "", OrdinalNumber: "2", IsDefaultEmailAddress: true, EmailAddress: "anna@example.de" },
          ],
        },
        to_PhoneNumber: {
          results: [{ AddressID: "22", Person: "", OrdinalNumber: "1", DestinationLocationCountry: "DE", IsDefaultPhoneNumber: true, PhoneNumber: "030 12345678", PhoneNumberExtension: "", InternationalPhoneNumber: "" }],
        },
      },
      {
        AddressID: "9",
        ValidityStartDate: "/Date(1262304000000+0000)/",
        ValidityEndDate: "/Date(1577750400000+0000)/",
        StreetName: "Alte Gasse",
        HouseNumber: "1",
        PostalCode: "80331",
        CityName: "München",
        Region: "BY",
        Country: "DE",
        to_EmailAddress: { results: [] },
        to_PhoneNumber: { results: [] },
      },
    ],
  },
  to_BuPaIdentification: {
    results: [
      { BPIdentificationType: "FS0002", BPIdentificationNumber: "C01X00T47", ValidityEndDate: null },
      { BPIdentificationType: "FS0001", BPIdentificationNumber: "L01X00T47", ValidityEndDate: null },
    ],
  },
  to_BusinessPartnerTax: { results: [] },
});

/** An organization whose long name SAP spread over its 40-character name fields. */
const organization = () => ({
  BusinessPartner: "17100001",
  BusinessPartnerCategory: "2",
  BusinessPartnerFullName: "Müller & Söhne Feinmechanik und",
  FirstName: "",
  LastName: "",
  BirthDate: null,
  OrganizationBPName1: "Müller & Söhne Feinmechanik und",
  OrganizationBPName2: "Präzisionswerkzeuge",
  OrganizationBPName3: "GmbH & Co. KG",
  OrganizationBPName4: "",
  BusinessPartnerIsBlocked: true,
  IsMarkedForArchiving: false,
  CreationDate: "/Date(1672531200000)/",
  CreationTime: "PT09H00M00S",
  LastChangeDate: null,
  LastChangeTime: "PT00H00M00S",
  to_BusinessPartnerAddress: {
    results: [
      {
        AddressID: "31",
        ValidityEndDate: "/Date(253402214400000+0000)/",
        StreetName: "Industriestr.",
        HouseNumber: "5",
        PostalCode: "70173",
        CityName: "Stuttgart",
        Region: "BW",
        Country: "DE",
        to_EmailAddress: { results: [] },
        to_PhoneNumber: { results: [{ OrdinalNumber: "1", DestinationLocationCountry: "DE", IsDefaultPhoneNumber: true, PhoneNumber: "0711 987654", InternationalPhoneNumber: "+49 711 987654" }] },
      },
      {
        AddressID: "32",
        ValidityEndDate: null,
        StreetName: "Lagerweg",
        HouseNumber: "2",
        PostalCode: "70174",
        CityName: "Stuttgart",
        Country: "DE",
        to_EmailAddress: { results: [{ OrdinalNumber: "1", IsDefaultEmailAddress: true, EmailAddress: "einkauf@mueller-soehne.example" }] },
        to_PhoneNumber: { results: [] },
      },
    ],
  },
  to_BuPaIdentification: { results: [{ BPIdentificationType: "FS0001", BPIdentificationNumber: "should-not-map", ValidityEndDate: null }] },
  to_BusinessPartnerTax: {
    results: [
      { BPTaxType: "DE2", BPTaxNumber: "2893081508152", BPTaxLongNumber: "" },
      { BPTaxType: "DE0", BPTaxNumber: "DE123456789", BPTaxLongNumber: "" },
    ],
  },
});

describe("mapBusinessPartner", () => {
  it("maps a person: standard (still valid) address, default e-mail, phone in international form, national id by type", () => {
    const raw = person();
    const mapped = mapBusinessPartner(raw, defaultSapMapping, now);
    expect(mapped).toEqual({
      ok: true,
      record: {
        externalId: "1000042",
        updatedAt: "2024-02-29T14:03:27Z",
        active: true,
        attributes: {
          firstName: "Anna",
          lastName: "Schmidt",
          dateOfBirth: "1980-02-02",
          street: "Hauptstraße",
          houseNumber: "12a",
          postalCode: "10115",
          city: "Berlin",
          region: "BE",
          country: "DE",
          email: "anna@example.de",
          phone: "+493012345678",
          nationalId: "L01X00T47",
        },
        raw,
      },
    });
  });

  it("maps an organization: name fields joined, no person fields, blocked means inactive, creation time when never changed", () => {
    const mapped = mapBusinessPartner(organization(), defaultSapMapping, now);
    expect(mapped).toMatchObject({
      ok: true,
      record: {
        externalId: "17100001",
        updatedAt: "2023-01-01T09:00:00Z",
        active: false,
        attributes: {
          organizationName: "Müller & Söhne Feinmechanik und Präzisionswerkzeuge GmbH & Co. KG",
          street: "Industriestr.",
          city: "Stuttgart",
          phone: "+49 711 987654",
          email: "einkauf@mueller-soehne.example",
          taxId: "2893081508152",
        },
      },
    });
    expect(mapped.ok && mapped.record.attributes).not.toHaveProperty("nationalId");
    expect(mapped.ok && mapped.record.attributes).not.toHaveProperty("firstName");
  });

  it("falls back to the full name for an organization without name fields, and reads archiving as inactive", () => {
    const raw = { ...organization(), OrganizationBPName1: "", OrganizationBPName2: "", OrganizationBPName3: "", BusinessPartnerFullName: "ACME Corp.", BusinessPartnerIsBlocked: false, IsMarkedForArchiving: true };
    expect(mapBusinessPartner(raw, defaultSapMapping, now)).toMatchObject({ ok: true, record: { active: false, attributes: { organizationName: "ACME Corp." } } });
  });

  it("follows a source's own mapping: other fields, ranked tax types, other national id types", () => {
    const mapping = parseSapMapping({
      attributes: { fullName: "BusinessPartnerFullName", lastName: "LastName", addressLine2: "StreetSuffixName", city: "District", taxId: "TaxNumber", nationalId: "NationalId" },
      nationalIdTypes: ["FS0002"],
      taxTypes: ["DE0", "DE2"],
    });
    expect(mapBusinessPartner(person(), mapping, now)).toMatchObject({
      ok: true,
      record: { attributes: { fullName: "Anna Schmidt", lastName: "Schmidt", addressLine2: "Hinterhaus", city: "Mitte", nationalId: "C01X00T47" } },
    });
    const org = mapBusinessPartner(organization(), mapping, now);
    expect(org.ok && org.record.attributes).toEqual({ fullName: "Müller & Söhne Feinmechanik und", taxId: "DE123456789" });
  });

  it("refuses a mapping naming an unknown attribute or SAP field, by name", () => {
    expect(() => parseSapMapping({ attributes: { emial: "EmailAddress" } })).toThrow(expect.objectContaining({ code: "BAD_REQUEST", issues: [{ path: "attributes", message: expect.stringContaining('"emial"') }] }));
    expect(() => parseSapMapping({ attributes: { email: "SmtpAddr" } })).toThrow(expect.objectContaining({ issues: [expect.objectContaining({ path: "attributes.email" })] }));
  });

  it("returns why a partner cannot be mapped, with its id, instead of throwing", () => {
    expect(mapBusinessPartner({ ...person(), BirthDate: "1980-02-02" }, defaultSapMapping, now)).toEqual({
      ok: false,
      externalId: "1000042",
      reasons: [{ path: "BirthDate", message: expect.stringContaining("not an OData date") }],
    });
    expect(mapBusinessPartner({ ...person(), LastChangeDate: null, CreationDate: "/Date(-62135596800000)/" }, defaultSapMapping, now)).toMatchObject({
      ok: false,
      reasons: [{ path: "LastChangeDate", message: expect.stringContaining("neither LastChangeDate nor CreationDate") }],
    });
    expect(mapBusinessPartner({ FirstName: "No key" }, defaultSapMapping, now)).toMatchObject({ ok: false, externalId: null });
  });

  it("treats navigation properties that were not expanded as empty", () => {
    const raw = { ...person(), to_BusinessPartnerAddress: { __deferred: { uri: "A_BusinessPartner('1000042')/to_BusinessPartnerAddress" } } };
    const mapped = mapBusinessPartner(raw, defaultSapMapping, now);
    expect(mapped.ok && mapped.record.attributes).toEqual({ firstName: "Anna", lastName: "Schmidt", dateOfBirth: "1980-02-02", nationalId: "L01X00T47" });
  });
});
