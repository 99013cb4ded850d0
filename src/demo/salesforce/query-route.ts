import type { ServerResponse } from "node:http";
import type { DemoOrg } from "./demo-org";
import { sendJson, sendRestError } from "./http-replies";
import { restValue, type DemoSObject } from "./sobject-fields";
import { parseSoql, SoqlError, type DemoQuery } from "./soql-subset";

type Row = Record<string, unknown>;

/** Salesforce keeps at most this many open query cursors per user; older ones expire. */
const OPEN_LOCATORS = 50;

function batchSizeOf(header: string | undefined): number {
  const asked = Number(/batchSize=(\d+)/i.exec(header ?? "")?.[1] ?? 2000);
  return Math.min(2000, Math.max(200, asked));
}

const byStampThenId = (a: DemoSObject, b: DemoSObject) => a.SystemModstamp - b.SystemModstamp || (a.Id < b.Id ? -1 : a.Id > b.Id ? 1 : 0);

function matches(record: DemoSObject, q: DemoQuery, includeDeleted: boolean): boolean {
  if (record.IsDeleted && !includeDeleted) return false;
  if (q.since !== null && record.SystemModstamp < q.since) return false;
  if (q.ids && !q.ids.some((id) => id === record.Id || id === record.Id.slice(0, 15))) return false;
  return !(q.excludePersonAccounts && record.IsPersonAccount === true);
}

/**
 * The REST query API: `query`, `queryAll` (recycle bin included) and the
 * `query/<locator>-<offset>` pages that `nextRecordsUrl` points at. A query's
 * rows are fixed when it runs, as Salesforce's cursor is, so records changed
 * while a client pages do not shift the pages.
 */
export class QueryRoute {
  private readonly locators = new Map<string, { rows: Row[]; batchSize: number }>();
  private opened = 0;

  constructor(private readonly org: DemoOrg) {}

  /** Forgets every open cursor, as Salesforce does after 15 minutes. */
  expireLocators(): void {
    this.locators.clear();
  }

  run(res: ServerResponse, version: string, soql: string, includeDeleted: boolean, queryOptions: string | undefined): void {
    let q: DemoQuery;
    try {
      q = parseSoql(soql);
    } catch (err) {
      if (err instanceof SoqlError) return sendRestError(res, 400, err.errorCode, err.message);
      throw err;
    }
    const records = [...this.org.records[q.entity].values()].filter((r) => matches(r, q, includeDeleted));
    if (q.ordered) records.sort(byStampThenId);
    const rows = records.map((r) => ({
      attributes: { type: q.entity, url: `/services/data/${version}/sobjects/${q.entity}/${r.Id}` },
      ...Object.fromEntries(q.fields.map((f) => [f, restValue(r, f)])),
    }));
    const locator = `01gDm${String(++this.opened).padStart(10, "0")}`;
    this.locators.set(locator, { rows, batchSize: batchSizeOf(queryOptions) });
    if (this.locators.size > OPEN_LOCATORS) this.locators.delete(this.locators.keys().next().value!);
    this.page(res, version, `${locator}-0`);
  }

  page(res: ServerResponse, version: string, locatorAndOffset: string): void {
    const [locator, offsetText] = locatorAndOffset.split("-");
    const cursor = this.locators.get(locator);
    const offset = Number(offsetText);
    if (!cursor || !Number.isInteger(offset) || offset < 0 || offset > cursor.rows.length) {
      return sendRestError(res, 400, "INVALID_QUERY_LOCATOR", "invalid query locator");
    }
    const end = offset + cursor.batchSize;
    const done = end >= cursor.rows.length;
    if (done) this.locators.delete(locator);
    sendJson(res, 200, {
      totalSize: cursor.rows.length,
      done,
      ...(done ? {} : { nextRecordsUrl: `/services/data/${version}/query/${locator}-${end}` }),
      records: cursor.rows.slice(offset, end),
    });
  }
}
