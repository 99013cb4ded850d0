/** The objects the demo org holds. */
export type DemoEntity = "Account" | "Contact";

/** A record as the demo org stores it: flat fields by API name, timestamps in epoch milliseconds. */
export type DemoSObject = {
  Id: string;
  IsDeleted: boolean;
  CreatedDate: number;
  LastModifiedDate: number;
  SystemModstamp: number;
  [field: string]: string | number | boolean | null;
};

const address = (prefix: string) => ["Street", "City", "State", "PostalCode", "Country"].map((p) => `${prefix}${p}`);
const system = ["Id", "IsDeleted", "CreatedDate", "LastModifiedDate", "SystemModstamp"];

/** The fields a query may select, per object, as a real org with Person Accounts enabled has them. */
export const queryableFields: Record<DemoEntity, ReadonlySet<string>> = {
  Account: new Set([
    ...system,
    "Name",
    "FirstName",
    "LastName",
    "IsPersonAccount",
    "PersonEmail",
    "PersonBirthdate",
    ...address("PersonMailing"),
    "Phone",
    ...address("Billing"),
    "AccountNumber",
  ]),
  Contact: new Set([...system, "AccountId", "IsPersonAccount", "Name", "FirstName", "LastName", "Email", "Phone", "Birthdate", ...address("Mailing")]),
};

/** Key prefixes Salesforce uses for these objects. */
const keyPrefix: Record<DemoEntity, string> = { Account: "001", Contact: "003" };

/** An 18-character id of the object's key prefix, unique within the demo org. */
export const demoId = (entity: DemoEntity, n: number) => `${keyPrefix[entity]}Dm${n.toString(36).toUpperCase().padStart(10, "0")}AAA`;

export const entityOfId = (id: string): DemoEntity | undefined =>
  id.startsWith("001") ? "Account" : id.startsWith("003") ? "Contact" : undefined;

/** How the REST API writes a datetime: milliseconds and a `+0000` offset. */
export const sfdcDateTime = (ms: number) => new Date(ms).toISOString().replace("Z", "+0000");

const timestampFields = new Set(["CreatedDate", "LastModifiedDate", "SystemModstamp"]);

/** One field as the REST API sends it. */
export function restValue(record: DemoSObject, field: string): string | number | boolean | null {
  if (field === "Name" && record.Name == null && (record.FirstName != null || record.LastName != null)) {
    return [record.FirstName, record.LastName].filter(Boolean).join(" ");
  }
  const value = record[field] ?? null;
  return timestampFields.has(field) && typeof value === "number" ? sfdcDateTime(value) : value;
}
