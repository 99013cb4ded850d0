import { z } from "zod";

/** The canonical customer attributes every source is mapped onto. */
export const attributeNames = [
  "firstName",
  "lastName",
  "fullName",
  "organizationName",
  "dateOfBirth",
  "email",
  "phone",
  "street",
  "houseNumber",
  "addressLine2",
  "city",
  "postalCode",
  "region",
  "country",
  "nationalId",
  "taxId",
] as const;

export type AttributeName = (typeof attributeNames)[number];

/** Attribute values of a customer; an absent key means the value is unknown. */
export type CustomerAttributes = Partial<Record<AttributeName, string>>;

/** Where one golden value came from: the source record and when that source last changed it, or the steward who set it. */
export type LineageEntry = {
  /** null when a steward override supplied the value */
  sourceRecordId: string | null;
  /** the source's key, or "steward" for an override */
  source: string;
  externalId: string | null;
  updatedAt: string;
  /** the survivorship rule that picked the value, e.g. "Source priority" */
  rule?: string;
  override?: { author: string; reason: string };
};

export type Lineage = Partial<Record<AttributeName, LineageEntry>>;

const value = z.string().max(500);

/** The attribute part of an incoming record; unknown attributes are refused by name. */
export const customerAttributesSchema = z.strictObject(
  Object.fromEntries(attributeNames.map((n) => [n, value.optional()])) as Record<AttributeName, z.ZodOptional<typeof value>>,
);

/** The name people see for a customer: organization, else "first last", else the full name. */
export function displayNameOf(a: CustomerAttributes): string {
  const person = [a.firstName, a.lastName].filter(Boolean).join(" ");
  return a.organizationName || person || a.fullName || a.email || "(unnamed)";
}
