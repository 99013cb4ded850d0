import { sql } from "@/src/db";

const first = ["Anna", "Ben", "Chloé", "Dmitri", "Eva", "Farid", "Greta", "Hiroshi", "Ines", "Jonas", "Katarzyna", "Luca", "Mia", "Nils", "Olga", "Pedro"];
const last = ["Andersen", "Becker", "Costa", "Dubois", "Eriksen", "Fischer", "García", "Hansen", "Ivanova", "Jensen", "Kowalski", "Larsen", "Müller", "Nowak", "Olsen", "Petersen"];

/**
 * A hub holding `goldens` customers (one CRM record each) and `suspects` open
 * pairs between neighbours, written set-wise in SQL: the benchmark measures
 * stewards' operations on a hub of that size, not how it was filled.
 */
export async function fillHub(opts: { goldens: number; suspects: number }): Promise<{ sourceId: string }> {
  const [{ id: sourceId }] = await sql<{ id: string }[]>`
    INSERT INTO "Source" (id, key, name, kind, priority) VALUES ('bench-crm', 'crm', 'Bench CRM', 'CRM', 70) RETURNING id`;
  await sql`
    INSERT INTO "GoldenRecord" (id, "displayName", attributes, lineage, version, status, "createdAt", "updatedAt")
    SELECT 'g' || lpad(i::text, 8, '0'),
      (${first}::text[])[1 + i % 16] || ' ' || (${last}::text[])[1 + (i / 16) % 16] || ' ' || i,
      jsonb_build_object('firstName', (${first}::text[])[1 + i % 16], 'lastName', (${last}::text[])[1 + (i / 16) % 16] || ' ' || i,
        'email', 'customer' || i || '@example.com', 'city', 'City ' || (i % 500)),
      '{}'::jsonb, 1, 'ACTIVE', now() - interval '1 day' + i * interval '1 millisecond', now()
    FROM generate_series(1, ${opts.goldens}) i`;
  await sql`
    INSERT INTO "SourceRecord" (id, "sourceId", "externalId", raw, standardized, "sourceUpdatedAt", "contentHash", "goldenRecordId", "updatedAt")
    SELECT 's' || lpad(i::text, 8, '0'), ${sourceId}, 'C-' || i, g.attributes, g.attributes, now() - interval '1 day', md5(i::text), g.id, now()
    FROM generate_series(1, ${opts.goldens}) i JOIN "GoldenRecord" g ON g.id = 'g' || lpad(i::text, 8, '0')`;
  await sql`
    INSERT INTO "GoldenRecordVersion" (id, "goldenRecordId", version, attributes, lineage, status, reason, actor)
    SELECT 'v' || g.id, g.id, 1, g.attributes, '{}'::jsonb, 'ACTIVE', 'bench fill', 'bench' FROM "GoldenRecord" g`;
  await sql`
    INSERT INTO "DuplicateSuspect" (id, "leftId", "rightId", score, explanation, status, "createdAt")
    SELECT 'd' || lpad(k::text, 8, '0'), 'g' || lpad((2 * k - 1)::text, 8, '0'), 'g' || lpad((2 * k)::text, 8, '0'),
      0.3 + (k % 60) / 100.0, '{"fields": []}'::jsonb, 'OPEN', now() - (k % 30) * interval '1 day'
    FROM generate_series(1, ${opts.suspects}) k`;
  // Production runs autovacuum; this machine has it off, and without a visibility map every count reads the heap.
  await sql`VACUUM ANALYZE`;
  return { sourceId };
}
