import { prisma } from "@/src/db";

/**
 * Follows mergedIntoId links to the record still standing, so a caller holding
 * an id from before a merge (or a chain of merges) lands on today's customer.
 * One recursive query; the hop limit stops a corrupt cycle from looping.
 */
export async function findSurvivorId(goldenRecordId: string): Promise<string> {
  const rows = await prisma.$queryRaw<{ id: string }[]>`
    WITH RECURSIVE chain AS (
      SELECT id, "mergedIntoId", 0 AS hops FROM "GoldenRecord" WHERE id = ${goldenRecordId}
      UNION ALL
      SELECT g.id, g."mergedIntoId", chain.hops + 1
      FROM "GoldenRecord" g JOIN chain ON g.id = chain."mergedIntoId"
      WHERE chain.hops < 100
    )
    SELECT id FROM chain WHERE "mergedIntoId" IS NULL`;
  if (!rows[0]) throw new Error(`The merge chain from golden record ${goldenRecordId} does not end in a surviving record.`);
  return rows[0].id;
}
