import type { PulledRecord } from "@/src/sources/pulled-record";
import { changeEventSchema, type ChangeType } from "./change-event-schema";
import { defaultSalesforceMapping, salesforceEntities, type SalesforceEntity, type SalesforceMapping } from "./field-mapping";
import { flatFieldName, flattenChangeBody } from "./flatten-change-fields";
import { mapSObject, type SObjectFields } from "./map-sobject";

/** Where a change came from, for lineage and for telling apart the hub's own writes (changeOrigin). */
export type ChangeMeta = {
  changeType: ChangeType;
  replayId: number;
  /** ISO 8601; also the changed records' updatedAt, so an older change never overwrites a newer one */
  commitTimestamp: string;
  commitNumber: number;
  sequenceNumber: number;
  transactionKey: string;
  changeOrigin: string;
};

/**
 * What the hub must do for one change event:
 * - `upsert`: full records (CREATE, UNDELETE) to store as they are;
 * - `update`: only the changed fields (null = cleared), to apply onto each
 *   stored record with `applySalesforceUpdate`, never to store as a whole record;
 * - `delete`: mark the records inactive;
 * - `reread`: the records changed but the event carries no data (GAP_*): read
 *   them with `rereadSalesforceRecords`;
 * - `resync`: changes to the whole entity were lost (GAP_OVERFLOW, or a replay
 *   id Salesforce no longer keeps): pull the entity again from its cursor.
 */
export type SalesforceChange =
  | { kind: "upsert"; entity: SalesforceEntity; records: PulledRecord[]; meta: ChangeMeta }
  | { kind: "update"; entity: SalesforceEntity; ids: string[]; fields: SObjectFields; meta: ChangeMeta }
  | { kind: "delete"; entity: SalesforceEntity; ids: string[]; meta: ChangeMeta }
  | { kind: "reread"; entity: SalesforceEntity; ids: string[]; meta: ChangeMeta }
  | { kind: "resync"; entity: SalesforceEntity; reason: string; meta: ChangeMeta | null };

const isEntity = (name: string): name is SalesforceEntity => (salesforceEntities as readonly string[]).includes(name);

/**
 * Reads one CometD change event. Events for objects the connector does not
 * read give no change. An Account created without IsPersonAccount in its body
 * cannot be told person from organization, so it is re-read instead of guessed.
 */
export function changeFromEvent(data: unknown, mapping: SalesforceMapping = defaultSalesforceMapping): SalesforceChange | null {
  const event = changeEventSchema.parse(data);
  const header = event.payload.ChangeEventHeader;
  const entity = header.entityName;
  if (!isEntity(entity)) return null;
  const meta: ChangeMeta = {
    changeType: header.changeType,
    replayId: event.event.replayId,
    // To the whole second, as SystemModstamp reads through the query API: a change applied from an event at
    // 12:00:00.350 would otherwise make the same record re-read at 12:00:00.000 look older, and be ignored as stale.
    commitTimestamp: new Date(Math.floor(header.commitTimestamp / 1000) * 1000).toISOString(),
    commitNumber: header.commitNumber,
    sequenceNumber: header.sequenceNumber,
    transactionKey: header.transactionKey,
    changeOrigin: header.changeOrigin,
  };
  const ids = header.recordIds;
  const body = flattenChangeBody(event.payload);

  switch (header.changeType) {
    case "CREATE":
    case "UNDELETE": {
      if (entity === "Account" && mapping.personAccounts && typeof body.IsPersonAccount !== "boolean") return { kind: "reread", entity, ids, meta };
      const records = ids.map((Id) => mapSObject(entity, { ...body, Id, IsDeleted: false, SystemModstamp: meta.commitTimestamp }, mapping));
      return { kind: "upsert", entity, records, meta };
    }
    case "UPDATE": {
      const fields: SObjectFields = {};
      for (const name of header.changedFields.map(flatFieldName)) fields[name] = body[name] ?? null;
      for (const name of header.nulledFields.map(flatFieldName)) fields[name] = null;
      return { kind: "update", entity, ids, fields, meta };
    }
    case "DELETE":
      return { kind: "delete", entity, ids, meta };
    case "GAP_OVERFLOW":
      return { kind: "resync", entity, reason: "Salesforce could not send every change (GAP_OVERFLOW)", meta };
    default:
      return { kind: "reread", entity, ids, meta };
  }
}

/**
 * Applies an UPDATE's changed fields onto the record the hub stored for one
 * id (its `raw`) and maps the result, giving the full record the ingest path
 * takes. The caller re-reads the id when it has no stored record.
 */
export function applySalesforceUpdate(
  stored: SObjectFields,
  change: Extract<SalesforceChange, { kind: "update" }>,
  mapping: SalesforceMapping = defaultSalesforceMapping,
): PulledRecord {
  const merged = { ...stored, ...change.fields, SystemModstamp: change.meta.commitTimestamp };
  return mapSObject(change.entity, merged, mapping);
}
