import { z } from "zod";
import { parseODataDate, parseODataTime } from "./odata-values";

/** SAP writes an empty string for an initial text field; absent, null and "" all mean "no value". */
const text = z
  .string()
  .nullish()
  .transform((v) => v?.trim() || undefined);

const flag = z.boolean().nullish().transform((v) => v ?? false);

/** A value parser that throws becomes a zod issue naming the field, so one odd value quarantines one partner. */
const parsedWith = <T>(parse: (v: string | null | undefined) => T) =>
  z
    .string()
    .nullish()
    .transform((v, ctx) => {
      try {
        return parse(v);
      } catch (err) {
        ctx.addIssue({ code: "custom", message: (err as Error).message });
        return z.NEVER;
      }
    });

export const odataDate = parsedWith(parseODataDate);
export const odataTime = parsedWith(parseODataTime);

/** An expanded navigation property (`{results: [...]}`); one not expanded (`__deferred`) reads as empty. */
const expanded = <T extends z.ZodType>(item: T) =>
  z
    .union([z.object({ results: z.array(item) }), z.object({ __deferred: z.unknown() })])
    .nullish()
    .transform((v) => (v && "results" in v ? v.results : []));

const ordinal = z.union([z.string(), z.number()]).nullish().transform((v) => Number(v ?? Number.MAX_SAFE_INTEGER));

const emailSchema = z.object({ OrdinalNumber: ordinal, IsDefaultEmailAddress: flag, EmailAddress: text });

const phoneSchema = z.object({
  OrdinalNumber: ordinal,
  IsDefaultPhoneNumber: flag,
  DestinationLocationCountry: text,
  PhoneNumber: text,
  PhoneNumberExtension: text,
  InternationalPhoneNumber: text,
});

const addressSchema = z.object({
  AddressID: text,
  StreetName: text,
  HouseNumber: text,
  StreetPrefixName: text,
  StreetSuffixName: text,
  District: text,
  PostalCode: text,
  CityName: text,
  Region: text,
  Country: text,
  ValidityEndDate: odataDate,
  to_EmailAddress: expanded(emailSchema),
  to_PhoneNumber: expanded(phoneSchema),
});

const identificationSchema = z.object({ BPIdentificationType: text, BPIdentificationNumber: text, ValidityEndDate: odataDate });

const taxNumberSchema = z.object({ BPTaxType: text, BPTaxNumber: text, BPTaxLongNumber: text });

/** The parts of `A_BusinessPartner` (with its expansions) the hub reads; other properties stay in the raw payload. */
export const businessPartnerSchema = z.object({
  BusinessPartner: z.string().trim().min(1, "BusinessPartner (the key) is empty"),
  BusinessPartnerCategory: text,
  BusinessPartnerFullName: text,
  FirstName: text,
  LastName: text,
  MiddleName: text,
  BirthDate: odataDate,
  OrganizationBPName1: text,
  OrganizationBPName2: text,
  OrganizationBPName3: text,
  OrganizationBPName4: text,
  SearchTerm1: text,
  BusinessPartnerIsBlocked: flag,
  IsMarkedForArchiving: flag,
  CreationDate: odataDate,
  CreationTime: odataTime,
  LastChangeDate: odataDate,
  LastChangeTime: odataTime,
  to_BusinessPartnerAddress: expanded(addressSchema),
  to_BuPaIdentification: expanded(identificationSchema),
  to_BusinessPartnerTax: expanded(taxNumberSchema),
});

export type BusinessPartner = z.output<typeof businessPartnerSchema>;
export type BusinessPartnerAddress = BusinessPartner["to_BusinessPartnerAddress"][number];
