import type { Sql } from "postgres";
import type { Tx } from "@/src/db";

/**
 * Whether the subscriber row `subscriber` wants the event row `event` (both
 * aliases must be in scope; "s" and "e" unless named): its event types,
 * entity types, sources and attributes, each empty meaning all. The one
 * definition of a subscription, used by dispatch and replay. Events older
 * than their payload's filter fields pass the filters they lack; a merge or
 * unmerge changes who the customer is, so it passes an attribute filter.
 */
export function subscriberWantsEvent(q: Sql | Tx, subscriber = "s", event = "e") {
  const s = q(subscriber);
  const e = q(event);
  return q`(
    (cardinality(${s}."eventTypes") = 0 OR ${e}.type = ANY(${s}."eventTypes"))
    AND (cardinality(${s}."entityTypes") = 0 OR NOT (${e}.payload ? 'entityType') OR ${e}.payload->>'entityType' = ANY(${s}."entityTypes"))
    AND (cardinality(${s}."sourceKeys") = 0 OR NOT (${e}.payload ? 'sources')
      OR EXISTS (SELECT 1 FROM jsonb_array_elements_text(${e}.payload->'sources') src WHERE src = ANY(${s}."sourceKeys")))
    AND (cardinality(${s}."attributes") = 0 OR NOT (${e}.payload ? 'changedAttributes') OR ${e}.type IN ('golden.merged', 'golden.unmerged')
      OR EXISTS (SELECT 1 FROM jsonb_array_elements_text(${e}.payload->'changedAttributes') a WHERE a = ANY(${s}."attributes")))
  )`;
}
