import { prisma } from "@/src/db";
import type { CustomerAttributes } from "@/src/golden/attributes";
import type { PulledRecord } from "@/src/sources/pulled-record";
import { applySalesforceUpdate, type SalesforceChange } from "@/src/sources/salesforce/change-events";
import type { SalesforceSession } from "@/src/sources/salesforce/connect-salesforce";
import type { SalesforceEntity, SalesforceMapping } from "@/src/sources/salesforce/field-mapping";
import { mapSObject, type SObjectFields } from "@/src/sources/salesforce/map-sobject";
import { rereadSalesforceRecords } from "@/src/sources/salesforce/reread-records";
import { storedSObject } from "./stored-sobject";

/** The records a batch of change events comes to, and whether an entity must be pulled again from its cursor. */
export type ChangeRecords = { records: PulledRecord[]; resync: boolean };

type Stored = Map<string, CustomerAttributes>;

async function storedOf(sourceId: string, changes: readonly SalesforceChange[]): Promise<Stored> {
  const ids = changes.flatMap((c) => (c.kind === "update" || c.kind === "delete" ? c.ids : []));
  if (!ids.length) return new Map();
  const rows = await prisma.sourceRecord.findMany({ where: { sourceId, externalId: { in: ids } }, select: { externalId: true, raw: true } });
  return new Map(rows.map((r) => [r.externalId, r.raw as CustomerAttributes]));
}

/**
 * Turns a batch of change events into whole records for the ingest path, in
 * event order. An UPDATE's changed fields are applied onto the record as the
 * batch's earlier events left it, else as stored; a DELETE marks the stored
 * record inactive as of its commit. Ids the hub does not hold, and GAP
 * events' ids, are read again through the query API (which sees deleted
 * rows); an id Salesforce no longer has at all is marked inactive.
 */
export async function changeRecords(opts: {
  sourceId: string;
  session: SalesforceSession;
  mapping: SalesforceMapping;
  changes: readonly SalesforceChange[];
}): Promise<ChangeRecords> {
  const { mapping } = opts;
  const stored = await storedOf(opts.sourceId, opts.changes);
  const latest = new Map<string, SObjectFields>();
  const records: PulledRecord[] = [];
  const reread: Record<SalesforceEntity, Set<string>> = { Account: new Set(), Contact: new Set() };
  let resync = false;
  const current = (entity: SalesforceEntity, id: string) => {
    const attributes = stored.get(id);
    return latest.get(id) ?? (attributes ? storedSObject(entity, id, attributes, mapping) : undefined);
  };
  const take = (record: PulledRecord) => {
    records.push(record);
    latest.set(record.externalId, record.raw as SObjectFields);
  };

  for (const change of opts.changes) {
    if (change.kind === "resync") resync = true;
    else if (change.kind === "upsert") change.records.forEach(take);
    else if (change.kind === "reread") change.ids.forEach((id) => reread[change.entity].add(id));
    else {
      for (const id of change.ids) {
        const base = current(change.entity, id);
        if (!base) reread[change.entity].add(id);
        else if (change.kind === "update") take(applySalesforceUpdate(base, { ...change, ids: [id] }, mapping));
        else take(mapSObject(change.entity, { ...base, IsDeleted: true }, mapping, change.meta.commitTimestamp));
      }
    }
  }
  for (const entity of ["Account", "Contact"] as const) {
    if (!reread[entity].size) continue;
    const found = await rereadSalesforceRecords({ session: opts.session, entity, ids: [...reread[entity]], mapping });
    found.records.forEach(take);
    for (const id of found.missing) {
      const base = current(entity, id);
      if (base) take(mapSObject(entity, { ...base, IsDeleted: true }, mapping, new Date().toISOString()));
    }
  }
  return { records, resync };
}
