/** A phone as SAP keeps it: the number as typed in its country, and the international form SAP derives (empty when it could not). */
export type DemoPhone = { number: string; country: string; international: string };

export type DemoAddress = {
  id: string;
  street: string;
  houseNumber: string;
  postalCode: string;
  city: string;
  region: string;
  country: string;
  email?: string;
  phone?: DemoPhone;
};

/**
 * One business partner in the demo gateway, in the gateway's own terms; it
 * becomes `A_BusinessPartner` JSON only when served. Times are whole seconds,
 * as SAP records them.
 */
export type DemoPartner = {
  id: string;
  category: "1" | "2";
  firstName: string;
  lastName: string;
  /** YYYY-MM-DD */
  birthDate?: string;
  /** OrganizationBPName1..4: SAP's 40-character name fields, a longer name spread over several */
  organizationNames: string[];
  blocked: boolean;
  archived: boolean;
  created: Date;
  changed: Date | null;
  addresses: DemoAddress[];
  identifications: { type: string; number: string; country: string }[];
  taxNumbers: { type: string; number: string }[];
};

/** Splits a name into SAP's 40-character fields at spaces, so joining them with spaces gives the name back. */
export function organizationNameFields(name: string): string[] {
  const fields: string[] = [];
  for (const word of name.split(/\s+/).filter(Boolean)) {
    const last = fields.length - 1;
    if (last >= 0 && `${fields[last]} ${word}`.length <= 40) fields[last] = `${fields[last]} ${word}`;
    else fields.push(word.slice(0, 40));
  }
  return fields.slice(0, 4);
}

/** The name SAP shows in lists: "First Last" or the organization's name. */
export const fullNameOf = (p: DemoPartner) => (p.category === "1" ? `${p.firstName} ${p.lastName}`.trim() : p.organizationNames.join(" "));
