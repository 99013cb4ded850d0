import { sql } from "@/src/db";
import { exportTable } from "./export-table";

type EventRow = { sequence: string; id: string; type: string; goldenRecordId: string; version: number | null; createdAt: Date; payload: unknown };

/**
 * The change-event outbox in the order events were written, for a system that
 * missed webhooks and wants to rebuild its copy, or an audit of what was
 * published. `version` is the golden record's version the event describes.
 * CSV carries the payload as one JSON text column; NDJSON as an object.
 */
export const eventsExport = exportTable<EventRow>({
  title: "Change events",
  description: "One row per change event subscribers are sent, in sequence order: its type, golden record, version, time and payload",
  columns: ["sequence", "id", "type", "goldenRecordId", "version", "createdAt", "payload"],
  query: (chunkRows) => sql<EventRow[]>`
      SELECT sequence::text AS sequence, id, type, "goldenRecordId",
             CASE WHEN jsonb_typeof(payload->'version') = 'number' THEN (payload->>'version')::numeric::int END AS version,
             "createdAt", payload
      FROM "ChangeEvent" e
      ORDER BY e.sequence
    `.cursor(chunkRows),
  csv: (r) => [r.sequence, r.id, r.type, r.goldenRecordId, r.version, r.createdAt, JSON.stringify(r.payload)],
  // Sequences are bigint; far below 2^53 in any real outbox, so readers get a plain number.
  json: (r) => ({ ...r, sequence: Number(r.sequence) }),
});
