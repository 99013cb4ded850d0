import { connectSalesforce } from "@/src/sources/salesforce/connect-salesforce";
import { salesforceEntities } from "@/src/sources/salesforce/field-mapping";
import { initialPullCursor } from "@/src/sources/salesforce/pull-cursor";
import { pullSalesforcePages } from "@/src/sources/salesforce/pull-page";
import { pullBusinessPartners } from "@/src/sources/sap/pull-business-partners";
import { sapCursorSchema } from "@/src/sources/sap/sap-cursor";
import type { SyncSource } from "./load-sync-source";
import type { PulledBatch } from "./pulled-batch";

/** One page of a source, and the source's whole cursor to store once the page is committed. */
export type SourcePage = { batch: PulledBatch; cursor: Record<string, unknown> };

/**
 * Both connectors skip, at the cursor's second, the ids they already read
 * there. A record changed again later in that same second (systems keep
 * change times to the second) would be skipped for good, so a second less
 * than this long ago (clock skew included) is not taken as finished: its
 * records are read once more next time, which the content hash makes a no-op.
 */
const SETTLE_MS = 5_000;

const settled = (instant: string | null | undefined, now: number) => !instant || Date.parse(instant) + 1000 + SETTLE_MS <= now;

const asObject = (value: unknown): Record<string, unknown> => (value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {});

/** Accounts then Contacts, each from its own cursor; the stored cursor holds one per entity. */
async function* salesforcePages(source: SyncSource & { settings: { connector: "SALESFORCE" } }): AsyncGenerator<SourcePage> {
  const session = connectSalesforce(source.settings.config);
  let cursor = asObject(source.syncCursor);
  for (const entity of salesforceEntities) {
    for await (const page of pullSalesforcePages({ session, entity, cursor: cursor[entity] ?? initialPullCursor, mapping: source.settings.mapping })) {
      cursor = { ...cursor, [entity]: settled(page.cursor.since, Date.now()) ? page.cursor : { ...page.cursor, boundaryIds: [] } };
      yield { batch: { records: page.records, rejected: [] }, cursor };
    }
  }
}

async function* sapPages(source: SyncSource & { settings: { connector: "SAP" } }): AsyncGenerator<SourcePage> {
  const parsed = sapCursorSchema.safeParse(source.syncCursor ?? {});
  const cursor = parsed.success ? parsed.data : {};
  for await (const page of pullBusinessPartners({ connection: source.settings.connection, cursor, mapping: source.settings.mapping })) {
    const rejected = page.rejected.map((r) => ({ externalId: r.externalId, payload: r.raw, issues: r.reasons }));
    const now = Date.now();
    const stored = Object.fromEntries(
      Object.entries(page.cursor).map(([stream, p]) => [stream, p && !settled(`${p.date}T${p.time}Z`, now) ? { ...p, seenIds: [] } : p]),
    );
    yield { batch: { records: page.records, rejected }, cursor: stored };
  }
}

/**
 * Every page a source's system has changed since its stored cursor (all of
 * it when there is none), whichever connector it uses. Pulling is lazy: the
 * next page is asked for only after the caller committed this one.
 */
export function pullSourcePages(source: SyncSource): AsyncGenerator<SourcePage> {
  const { settings } = source;
  return settings.connector === "SALESFORCE" ? salesforcePages({ ...source, settings }) : sapPages({ ...source, settings });
}
