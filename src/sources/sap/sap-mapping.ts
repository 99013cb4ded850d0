import { z } from "zod";
import { attributeNames } from "@/src/golden/attributes";
import { AppError, fieldIssues } from "@/src/errors";

/**
 * The values a business partner offers for mapping: its own properties, its
 * standard address's, and a few the hub derives (OrganizationName joins
 * OrganizationBPName1..4; EmailAddress and PhoneNumber are the default or
 * first ones; NationalId and TaxNumber are picked by type).
 */
export const sapFields = [
  "FirstName",
  "LastName",
  "MiddleName",
  "BirthDate",
  "BusinessPartnerFullName",
  "OrganizationName",
  "SearchTerm1",
  "StreetName",
  "HouseNumber",
  "StreetPrefixName",
  "StreetSuffixName",
  "District",
  "PostalCode",
  "CityName",
  "Region",
  "Country",
  "EmailAddress",
  "PhoneNumber",
  "NationalId",
  "TaxNumber",
] as const;

export type SapField = (typeof sapFields)[number];

const defaultAttributes = {
  firstName: "FirstName",
  lastName: "LastName",
  dateOfBirth: "BirthDate",
  organizationName: "OrganizationName",
  street: "StreetName",
  houseNumber: "HouseNumber",
  postalCode: "PostalCode",
  city: "CityName",
  region: "Region",
  country: "Country",
  email: "EmailAddress",
  phone: "PhoneNumber",
  nationalId: "NationalId",
  taxId: "TaxNumber",
} as const;

/**
 * Which SAP value feeds which hub attribute, per source. `nationalIdTypes`
 * are the BPIdentificationType codes that hold a person's national id
 * (customizing differs between systems; FS0001 is SAP's ID card);
 * `taxTypes` ranks BPTaxType codes, empty meaning the first tax number.
 */
export const sapMappingSchema = z.strictObject({
  attributes: z.partialRecord(z.enum(attributeNames), z.enum(sapFields)).default(defaultAttributes),
  nationalIdTypes: z.array(z.string().trim().min(1)).default(["FS0001"]),
  taxTypes: z.array(z.string().trim().min(1)).default([]),
});

export type SapMapping = z.output<typeof sapMappingSchema>;

export const defaultSapMapping: SapMapping = sapMappingSchema.parse({});

/** A stored or submitted mapping, refused with each wrong entry named (e.g. `attributes.emial`). */
export function parseSapMapping(input: unknown): SapMapping {
  const parsed = sapMappingSchema.safeParse(input ?? {});
  if (!parsed.success) throw new AppError("BAD_REQUEST", "The SAP field mapping is not valid.", fieldIssues(parsed.error.issues));
  return parsed.data;
}
