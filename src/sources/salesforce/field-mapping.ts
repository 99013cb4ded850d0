import { z } from "zod";
import { AppError, fieldIssues } from "@/src/errors";
import { attributeNames, type AttributeName } from "@/src/golden/attributes";

/** The objects the connector reads; a Person Account is an Account read with its own map. */
export const salesforceEntities = ["Account", "Contact"] as const;
export type SalesforceEntity = (typeof salesforceEntities)[number];

/** sObject field API name → canonical attribute; each attribute filled from one field at most. */
const fieldMapSchema = z
  .record(z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/, "is not a Salesforce field API name"), z.enum(attributeNames))
  .refine((map) => new Set(Object.values(map)).size === Object.values(map).length, "fills one attribute from two fields");

type FieldMap = Record<string, AttributeName>;

const address = (prefix: string): FieldMap => ({
  [`${prefix}Street`]: "street",
  [`${prefix}City`]: "city",
  [`${prefix}PostalCode`]: "postalCode",
  [`${prefix}State`]: "region",
  [`${prefix}Country`]: "country",
});

const defaults: { personAccounts: boolean; account: FieldMap; personAccount: FieldMap; contact: FieldMap } = {
  personAccounts: true,
  account: { Name: "organizationName", Phone: "phone", ...address("Billing") },
  personAccount: { FirstName: "firstName", LastName: "lastName", PersonEmail: "email", PersonBirthdate: "dateOfBirth", Phone: "phone", ...address("PersonMailing") },
  contact: { FirstName: "firstName", LastName: "lastName", Email: "email", Birthdate: "dateOfBirth", Phone: "phone", ...address("Mailing") },
};

/**
 * How a source's Salesforce fields become attributes, per source because orgs
 * differ (custom fields, no Person Accounts). `personAccounts: false` is for
 * orgs without them, where asking for IsPersonAccount is an INVALID_FIELD.
 */
export const salesforceMappingSchema = z.object({
  personAccounts: z.boolean().default(defaults.personAccounts),
  account: fieldMapSchema.default(defaults.account),
  personAccount: fieldMapSchema.default(defaults.personAccount),
  contact: fieldMapSchema.default(defaults.contact),
});

export type SalesforceMapping = z.output<typeof salesforceMappingSchema>;

/** The mapping a source uses when it configures none. */
export const defaultSalesforceMapping: SalesforceMapping = salesforceMappingSchema.parse({});

/** Reads a stored mapping, refusing a typo in an attribute before any row is pulled. */
export function parseSalesforceMapping(input: unknown): SalesforceMapping {
  const parsed = salesforceMappingSchema.safeParse(input ?? {});
  if (parsed.success) return parsed.data;
  const issues = fieldIssues(parsed.error.issues);
  throw new AppError("BAD_REQUEST", `The Salesforce field mapping is invalid: ${issues.map((i) => `${i.path} ${i.message}`).join("; ")}.`, issues);
}

/** The fields a pull selects: what every record needs to be placed in time and state, then what the maps read. */
export function selectedFields(entity: SalesforceEntity, mapping: SalesforceMapping): string[] {
  const mapped =
    entity === "Contact"
      ? Object.keys(mapping.contact)
      : [...Object.keys(mapping.account), ...(mapping.personAccounts ? ["IsPersonAccount", ...Object.keys(mapping.personAccount)] : [])];
  return [...new Set(["Id", "IsDeleted", "SystemModstamp", ...mapped])];
}

/** The map for one record: Person Accounts are people, other Accounts organizations. */
export function fieldMapFor(entity: SalesforceEntity, record: Record<string, unknown>, mapping: SalesforceMapping): Record<string, AttributeName> {
  if (entity === "Contact") return mapping.contact;
  return mapping.personAccounts && record.IsPersonAccount === true ? mapping.personAccount : mapping.account;
}
