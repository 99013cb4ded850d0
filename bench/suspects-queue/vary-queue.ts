import { sql } from "@/src/db";

/**
 * Gives a filled hub the variety the queue's filters act on: every fifth
 * customer also in an ERP, every tenth an organization, emails in the
 * indexed blocking column, and of the open suspects one in twenty assigned
 * to a steward and one in twenty deferred.
 */
export async function varyQueue(): Promise<{ stewardId: string }> {
  const [{ id: erpId }] = await sql<{ id: string }[]>`
    INSERT INTO "Source" (id, key, name, kind, priority) VALUES ('bench-erp', 'erp', 'Bench ERP', 'ERP', 60) RETURNING id`;
  await sql`
    INSERT INTO "SourceRecord" (id, "sourceId", "externalId", raw, standardized, "sourceUpdatedAt", "contentHash", "goldenRecordId", "updatedAt")
    SELECT 'e' || substr(g.id, 2), ${erpId}, 'E-' || g.id, g.attributes, g.attributes, now(), md5(g.id), g.id, now()
    FROM "GoldenRecord" g WHERE right(g.id, 1) IN ('0', '4')`;
  await sql`UPDATE "SourceRecord" SET email = standardized->>'email'`;
  await sql`
    UPDATE "GoldenRecord" SET attributes = attributes || jsonb_build_object('organizationName', "displayName" || ' GmbH')
    WHERE right(id, 1) = '7'`;
  const [{ id: stewardId }] = await sql<{ id: string }[]>`
    INSERT INTO "User" (id, email, name, role) VALUES ('bench-steward', 'bench@example.com', 'Bench Steward', 'STEWARD') RETURNING id`;
  await sql`UPDATE "DuplicateSuspect" SET "assigneeId" = ${stewardId}, "assignedAt" = now() WHERE right(id, 2) IN ('05', '25', '45', '65', '85')`;
  await sql`UPDATE "DuplicateSuspect" SET "deferredUntil" = now() + interval '7 days' WHERE right(id, 2) IN ('10', '30', '50', '70', '90')`;
  await sql`ANALYZE`;
  return { stewardId };
}
