import { sql } from "@/src/db";
import { standardizeEmail } from "@/src/standardize/emails";
import { phoneSearchForms } from "@/src/standardize/phones";
import { containsPattern } from "./like-pattern";
import type { SuspectQueueFilter } from "./suspect-queue-filter";

/**
 * Golden records a search names: by display name (the trigram index serves
 * the ILIKE) or, through their active source records' indexed blocking
 * columns, by exact email or phone.
 */
function searchedGoldens(term: string) {
  const email = term.includes("@") ? standardizeEmail(term) : null;
  const phones = phoneSearchForms(term);
  return sql`
    SELECT g.id FROM "GoldenRecord" g WHERE g."displayName" ILIKE ${containsPattern(term)}
    ${email ? sql`UNION SELECT r."goldenRecordId" FROM "SourceRecord" r WHERE r.email = ${email} AND r.status = 'ACTIVE'` : sql``}
    ${phones.length ? sql`UNION SELECT r."goldenRecordId" FROM "SourceRecord" r WHERE r.phone = ANY(${phones}::text[]) AND r.status = 'ACTIVE'` : sql``}`;
}

/**
 * The conditions of a queue filter over `"DuplicateSuspect" s` joined with its
 * left golden record `l`, shared by the list, its count, the neighbours for
 * j/k and the bulk merge, so each means the same rows. A suspect deferred into
 * the future is left out unless the filter asks for exactly those.
 */
export function suspectQueueWhere(filter: SuspectQueueFilter, now: Date) {
  const none = sql``;
  return sql`s.status = 'OPEN'
    ${filter.minScore !== undefined ? sql`AND s.score >= ${filter.minScore}` : none}
    ${filter.maxScore !== undefined ? sql`AND s.score <= ${filter.maxScore}` : none}
    ${filter.deferred ? sql`AND s."deferredUntil" > ${now}` : sql`AND (s."deferredUntil" IS NULL OR s."deferredUntil" <= ${now})`}
    ${filter.assigneeId ? sql`AND s."assigneeId" = ${filter.assigneeId}` : none}
    ${filter.unassigned ? sql`AND s."assigneeId" IS NULL` : none}
    ${filter.entity ? sql`AND (l.attributes ? 'organizationName') = ${filter.entity === "organization"}` : none}
    ${
      filter.source
        ? sql`AND EXISTS (SELECT 1 FROM "SourceRecord" sr WHERE sr."goldenRecordId" IN (s."leftId", s."rightId") AND sr.status = 'ACTIVE'
            AND sr."sourceId" = (SELECT id FROM "Source" WHERE key = ${filter.source}))`
        : none
    }
    ${filter.search ? sql`AND (s."leftId" IN (SELECT id FROM searched) OR s."rightId" IN (SELECT id FROM searched))` : none}`;
}

/** The WITH clause `suspectQueueWhere` needs when the filter searches; empty otherwise. */
export function suspectQueueWith(filter: SuspectQueueFilter) {
  return filter.search ? sql`WITH searched AS MATERIALIZED (${searchedGoldens(filter.search)})` : sql``;
}
