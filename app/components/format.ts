import type { AttributeName } from "@/src/golden/attributes";

/** Times are shown in UTC with the zone named, so stewards in different offices read the same value. */
export function formatTime(value: Date | string): string {
  const date = typeof value === "string" ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return String(value);
  return `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

/** Match scores are stored as 0..1; people read percentages. */
export function formatPercent(score: number): string {
  return `${Math.round(score * 100)}%`;
}

/** Grouped thousands make dashboard counts readable at a glance. */
export function formatCount(n: number): string {
  return n.toLocaleString("en-US");
}

const attributeLabels: Record<AttributeName, string> = {
  firstName: "First name",
  lastName: "Last name",
  fullName: "Full name",
  organizationName: "Organization",
  dateOfBirth: "Date of birth",
  email: "Email",
  phone: "Phone",
  street: "Street",
  houseNumber: "House number",
  addressLine2: "Address line 2",
  city: "City",
  postalCode: "Postal code",
  region: "Region",
  country: "Country",
  nationalId: "National id",
  taxId: "Tax id",
};

/** A readable label for a canonical attribute; names outside the canonical set are shown as they are. */
/** Evidence matching computes over more than one attribute, e.g. the whole folded name. */
const evidenceLabels: Record<string, string> = { address: "Address, as compared" };

export function attributeLabel(name: string): string {
  return (attributeLabels as Record<string, string>)[name] ?? evidenceLabels[name] ?? name;
}

/** A log-odds weight with its sign, so evidence for and against reads at a glance. */
export function formatWeight(value: number): string {
  return `${value > 0 ? "+" : value < 0 ? "−" : ""}${Math.abs(value).toFixed(1)}`;
}
