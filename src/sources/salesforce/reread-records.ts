import type { PulledRecord } from "@/src/sources/pulled-record";
import type { SalesforceSession } from "./connect-salesforce";
import { defaultSalesforceMapping, type SalesforceEntity, type SalesforceMapping } from "./field-mapping";
import { mapSObject } from "./map-sobject";
import { byIdsSoql, queryAll, queryMore } from "./query-soql";

/** Ids per query: 200 ids of 18 characters keep the GET URL well under Salesforce's 16 KB. */
const IDS_PER_QUERY = 200;

export type RereadRecords = {
  records: PulledRecord[];
  /** ids Salesforce no longer has at all (purged from the recycle bin): the hub marks them inactive */
  missing: string[];
};

/**
 * Reads named records again through the query API: what a GAP event asks
 * for (it says which records changed but not how), and what an UPDATE for a
 * record the hub has never stored needs, since a partial has nothing to apply onto.
 */
export async function rereadSalesforceRecords(opts: {
  session: SalesforceSession;
  entity: SalesforceEntity;
  ids: string[];
  mapping?: SalesforceMapping;
}): Promise<RereadRecords> {
  const mapping = opts.mapping ?? defaultSalesforceMapping;
  const ids = [...new Set(opts.ids)];
  const records: PulledRecord[] = [];
  for (let i = 0; i < ids.length; i += IDS_PER_QUERY) {
    let page = await queryAll(opts.session, byIdsSoql(opts.entity, mapping, ids.slice(i, i + IDS_PER_QUERY)));
    records.push(...page.records.map((row) => mapSObject(opts.entity, row, mapping)));
    while (!page.done && page.nextRecordsUrl) {
      page = await queryMore(opts.session, page.nextRecordsUrl);
      records.push(...page.records.map((row) => mapSObject(opts.entity, row, mapping)));
    }
  }
  // Salesforce answers 15-character ids with their 18-character form, whose first 15 characters are the same id.
  const found = new Set(records.map((r) => r.externalId.slice(0, 15)));
  return { records, missing: ids.filter((id) => !found.has(id.slice(0, 15))) };
}
