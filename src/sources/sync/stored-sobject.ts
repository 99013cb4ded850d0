import type { CustomerAttributes } from "@/src/golden/attributes";
import type { SalesforceEntity, SalesforceMapping } from "@/src/sources/salesforce/field-mapping";
import type { SObjectFields } from "@/src/sources/salesforce/map-sobject";

/**
 * A stored Salesforce record as the fields its mapping read, rebuilt from
 * the attributes the hub keeps (SourceRecord.raw holds the attributes as
 * received, before standardizing). Mapping only renames, so this is exact for
 * every mapped field, which is all an UPDATE's partial needs to be applied
 * onto. An Account is a Person Account when it has no organization name.
 */
export function storedSObject(entity: SalesforceEntity, id: string, attributes: CustomerAttributes, mapping: SalesforceMapping): SObjectFields {
  const person = entity === "Account" && mapping.personAccounts && !attributes.organizationName;
  const map = entity === "Contact" ? mapping.contact : person ? mapping.personAccount : mapping.account;
  const fields: SObjectFields = { Id: id, IsDeleted: false, ...(entity === "Account" && mapping.personAccounts ? { IsPersonAccount: person } : {}) };
  for (const [field, attribute] of Object.entries(map)) {
    const value = attributes[attribute];
    if (value !== undefined) fields[field] = value;
  }
  return fields;
}
