import { sfdcDateTime, type DemoEntity, type DemoSObject } from "./sobject-fields";

const addressPart = /^(Billing|Mailing|PersonMailing)(Street|City|State|PostalCode|Country)$/;
const nameParts = new Set(["FirstName", "LastName"]);

/** People's names are the compound `Name` in change events; a business account's Name is plain text. */
const nameIsCompound = (entity: DemoEntity, record: Partial<DemoSObject>) => entity === "Contact" || record.IsPersonAccount === true;

/** A field's name in a change event: `MailingCity` is `MailingAddress.City`, a person's `FirstName` is `Name.FirstName`. */
export function eventFieldName(entity: DemoEntity, record: Partial<DemoSObject>, field: string): string {
  const address = addressPart.exec(field);
  if (address) return `${address[1]}Address.${address[2]}`;
  if (nameParts.has(field) && nameIsCompound(entity, record)) return `Name.${field}`;
  return field;
}

/**
 * The body of a change event: the given fields, compound fields nested as
 * Salesforce sends them, timestamps in the REST format. `record` says whether
 * the account is a person (it decides how Name is shaped).
 */
export function changeEventBody(entity: DemoEntity, record: Partial<DemoSObject>, fields: Record<string, unknown>): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(fields)) {
    if (field === "Id" || field === "IsDeleted" || field === "SystemModstamp") continue;
    const shown = (field === "CreatedDate" || field === "LastModifiedDate") && typeof value === "number" ? sfdcDateTime(value) : value;
    const [outer, inner] = eventFieldName(entity, record, field).split(".");
    if (inner === undefined) body[outer] = shown;
    else body[outer] = { ...(body[outer] as Record<string, unknown> | undefined), [inner]: shown };
  }
  return body;
}
