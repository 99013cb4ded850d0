import { sql } from "@/src/db";
import { personalMailboxOf, standardizeEmail } from "@/src/standardize/emails";
import { foldForMatching } from "@/src/standardize/fold";
import { phoneSearchForms } from "@/src/standardize/phones";

export type SearchField = "NAME" | "EMAIL" | "PHONE";

/** One active golden record a search found, with how well it matched (0 to 1) and on what. */
export type GoldenSearchHit = { goldenRecordId: string; score: number; matchedOn: SearchField[] };

/** The most hits one search returns. */
export const SEARCH_MAX = 50;

/** Per way of matching, so one very common name cannot crowd out an exact email or phone. */
const PER_BRANCH = 200;

/**
 * A search is looser than blocking's bar (0.6, set per connection in
 * src/db.ts): a person typing "Jon Smyth" wants "John Smith" offered, and
 * ranking puts the near ones first. Set for the search's own transaction only.
 */
const NAME_SIMILARITY = 0.35;
const WORD_SIMILARITY = 0.5;

/** A mailbox name seen at another provider is strong, not certain, evidence of the same customer. */
const MAILBOX_SCORE = 0.9;

/**
 * Fuzzy search over active golden records by name, email and phone, ranked
 * best first, through the indexes matching already keeps: the trigram index
 * on display names and on source records' search names (typos, word order,
 * accents), and the blocking columns of source records for an exact email,
 * the same mailbox at another provider, or a phone number in any of its
 * stored forms. A name scores its trigram similarity (or, for a word or part
 * of a name, its word similarity); an email or phone found exactly scores 1.
 * A query that is an email or a phone number is looked up as that alone.
 */
export async function searchGoldenRecords(opts: { query: string; first: number }): Promise<GoldenSearchHit[]> {
  const term = opts.query.trim();
  const first = Math.min(Math.max(opts.first, 0), SEARCH_MAX);
  if (!term || first === 0) return [];
  const email = term.includes("@") ? standardizeEmail(term) : null;
  const mailbox = email ? personalMailboxOf(email) : null;
  const phones = phoneSearchForms(term);
  // An email or a phone number is looked up as one; its letters and digits would only make noise as a name.
  const name = email || phones.length ? null : term;
  const folded = name ? foldForMatching(name) : null;
  const none = sql``;
  return sql.begin(async (tx) => {
    await tx`SELECT set_config('pg_trgm.similarity_threshold', ${String(NAME_SIMILARITY)}, true),
      set_config('pg_trgm.word_similarity_threshold', ${String(WORD_SIMILARITY)}, true)`;
    const rows = await tx<{ id: string; score: number; fields: SearchField[] }[]>`
      WITH hits(id, score, field) AS (
        SELECT NULL::text, NULL::float8, NULL::text WHERE false
        ${
          name
            ? tx`UNION ALL
        (SELECT g.id, greatest(similarity(g."displayName", ${name}), word_similarity(${name}, g."displayName"))::float8, 'NAME'
         FROM "GoldenRecord" g
         WHERE g.status = 'ACTIVE' AND (g."displayName" % ${name} OR ${name} <% g."displayName")
         ORDER BY 2 DESC LIMIT ${PER_BRANCH})`
            : none
        }
        ${
          folded
            ? tx`UNION ALL
        (SELECT r."goldenRecordId", similarity(n."searchName", ${folded})::float8, 'NAME'
         FROM "SourceRecordName" n JOIN "SourceRecord" r ON r.id = n."sourceRecordId"
         WHERE n."searchName" % ${folded} AND r.status = 'ACTIVE'
         ORDER BY 2 DESC LIMIT ${PER_BRANCH})`
            : none
        }
        ${email ? tx`UNION ALL (SELECT r."goldenRecordId", 1.0::float8, 'EMAIL' FROM "SourceRecord" r WHERE r.email = ${email} AND r.status = 'ACTIVE' LIMIT ${PER_BRANCH})` : none}
        ${
          mailbox
            ? tx`UNION ALL (SELECT r."goldenRecordId", ${MAILBOX_SCORE}::float8, 'EMAIL' FROM "SourceRecord" r WHERE r."mailboxKey" = ${mailbox} AND r.status = 'ACTIVE' LIMIT ${PER_BRANCH})`
            : none
        }
        ${phones.length ? tx`UNION ALL (SELECT r."goldenRecordId", 1.0::float8, 'PHONE' FROM "SourceRecord" r WHERE r.phone = ANY(${phones}::text[]) AND r.status = 'ACTIVE' LIMIT ${PER_BRANCH})` : none}
      )
      SELECT h.id, max(h.score) AS score, array_agg(DISTINCT h.field ORDER BY h.field) AS fields
      FROM hits h JOIN "GoldenRecord" g ON g.id = h.id AND g.status = 'ACTIVE'
      GROUP BY h.id, g."displayName"
      ORDER BY score DESC, g."displayName", h.id
      LIMIT ${first}`;
    return rows.map((r) => ({ goldenRecordId: r.id, score: Math.round(r.score * 1000) / 1000, matchedOn: r.fields }));
  });
}
