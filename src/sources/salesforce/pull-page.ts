import type { PulledRecord } from "@/src/sources/pulled-record";
import type { SalesforceSession } from "./connect-salesforce";
import { defaultSalesforceMapping, type SalesforceEntity, type SalesforceMapping } from "./field-mapping";
import { isoTimestamp, mapSObject } from "./map-sobject";
import { pullCursorSchema, type SalesforcePullCursor } from "./pull-cursor";
import { changedSinceSoql, queryAll, queryMore, type QueryPage } from "./query-soql";
import { SalesforceRequestError } from "./salesforce-errors";

export type PulledPage = {
  records: PulledRecord[];
  /** store this after the page's records are committed, and pass it to the next call */
  cursor: SalesforcePullCursor;
  /** true when this page reached the newest record; the next call then asks only for later changes */
  done: boolean;
};

export type PullPageOptions = {
  session: SalesforceSession;
  entity: SalesforceEntity;
  /** a stored cursor (validated here) or `initialPullCursor` */
  cursor: unknown;
  mapping?: SalesforceMapping;
};

async function fetchPage(opts: PullPageOptions, cursor: SalesforcePullCursor, mapping: SalesforceMapping): Promise<QueryPage> {
  if (cursor.nextRecordsUrl) {
    try {
      return await queryMore(opts.session, cursor.nextRecordsUrl);
    } catch (err) {
      if (!(err instanceof SalesforceRequestError && err.errorCode === "INVALID_QUERY_LOCATOR")) throw err;
    }
  }
  return queryAll(opts.session, changedSinceSoql(opts.entity, mapping, cursor.since));
}

/**
 * Pulls one page of Accounts or Contacts changed since the cursor, deleted
 * rows included (inactive), and says where the next page starts. One page
 * per call lets the job commit and store the cursor between pages, so a
 * worker killed mid-sync resumes without skipping or repeating a record.
 */
export async function pullSalesforcePage(opts: PullPageOptions): Promise<PulledPage> {
  const cursor = pullCursorSchema.parse(opts.cursor);
  const mapping = opts.mapping ?? defaultSalesforceMapping;
  const page = await fetchPage(opts, cursor, mapping);

  const taken = new Set(cursor.boundaryIds);
  const boundary = new Set(cursor.boundaryIds);
  const takenAt = cursor.since && isoTimestamp(cursor.since);
  let since = takenAt;
  const records: PulledRecord[] = [];
  for (const row of page.records) {
    const at = isoTimestamp(row.SystemModstamp);
    if (at === takenAt && taken.has(row.Id)) continue;
    records.push(mapSObject(opts.entity, row, mapping, at));
    if (since === null || at > since) {
      since = at;
      boundary.clear();
    }
    boundary.add(row.Id);
  }
  const done = page.done || !page.nextRecordsUrl;
  return { records, done, cursor: { since, boundaryIds: [...boundary], nextRecordsUrl: done ? null : page.nextRecordsUrl! } };
}

/** Every page from the cursor to the newest record, for callers that commit page by page in a loop. */
export async function* pullSalesforcePages(opts: PullPageOptions): AsyncGenerator<PulledPage> {
  let cursor = opts.cursor;
  for (;;) {
    const page = await pullSalesforcePage({ ...opts, cursor });
    yield page;
    if (page.done) return;
    cursor = page.cursor;
  }
}
