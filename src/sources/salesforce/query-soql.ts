import { z } from "zod";
import { selectedFields, type SalesforceEntity, type SalesforceMapping } from "./field-mapping";
import type { SalesforceSession } from "./connect-salesforce";

/** One page of a REST query as Salesforce returns it; records keep their fields loosely, the mapping reads them. */
export const queryPageSchema = z.object({
  totalSize: z.number(),
  done: z.boolean(),
  nextRecordsUrl: z.string().startsWith("/services/data/").optional(),
  records: z.array(z.looseObject({ Id: z.string(), SystemModstamp: z.string().optional(), IsDeleted: z.boolean().optional() })),
});
export type QueryPage = z.infer<typeof queryPageSchema>;

/** A Salesforce record id, 15 or 18 characters: checked before it is put into SOQL. */
export const salesforceIdSchema = z.string().regex(/^[A-Za-z0-9]{15}(?:[A-Za-z0-9]{3})?$/, "is not a Salesforce record id");

/** The hidden Contact behind every Person Account would read the same person twice. */
function contactFilter(entity: SalesforceEntity, mapping: SalesforceMapping): string[] {
  return entity === "Contact" && mapping.personAccounts ? ["IsPersonAccount = false"] : [];
}

/** Everything changed at or after `since` (all rows when null), oldest first, ties by Id so pages never reorder. */
export function changedSinceSoql(entity: SalesforceEntity, mapping: SalesforceMapping, since: string | null): string {
  const where = [...contactFilter(entity, mapping), ...(since ? [`SystemModstamp >= ${since}`] : [])];
  const filter = where.length ? ` WHERE ${where.join(" AND ")}` : "";
  return `SELECT ${selectedFields(entity, mapping).join(", ")} FROM ${entity}${filter} ORDER BY SystemModstamp, Id`;
}

/** The given records, whatever their state. */
export function byIdsSoql(entity: SalesforceEntity, mapping: SalesforceMapping, ids: string[]): string {
  const list = ids.map((id) => `'${salesforceIdSchema.parse(id)}'`).join(", ");
  return `SELECT ${selectedFields(entity, mapping).join(", ")} FROM ${entity} WHERE Id IN (${list})`;
}

/**
 * Runs SOQL through queryAll, which also returns rows in the recycle bin:
 * a deleted customer must reach the hub as inactive, not vanish.
 */
export function queryAll(session: SalesforceSession, soql: string): Promise<QueryPage> {
  const path = `/services/data/v${session.config.apiVersion}/queryAll?q=${encodeURIComponent(soql)}`;
  return session.get(path, queryPageSchema, { "Sforce-Query-Options": `batchSize=${session.config.pageSize}` });
}

/** The next page of a query, by the nextRecordsUrl of the page before. */
export function queryMore(session: SalesforceSession, nextRecordsUrl: string): Promise<QueryPage> {
  return session.get(nextRecordsUrl, queryPageSchema);
}
