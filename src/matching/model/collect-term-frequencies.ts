import { sql } from "../../db";
import { FrequencyCounter, type TermFrequencies } from "./term-frequencies";

/** Counts how common each name is among the active records, streamed so a million records never sit in memory at once. */
export async function collectTermFrequencies(): Promise<TermFrequencies> {
  const counter = new FrequencyCounter();
  await sql<{ firstName?: string; lastName?: string; organizationName?: string }[]>`
    SELECT standardized->>'firstName' AS "firstName", standardized->>'lastName' AS "lastName",
      standardized->>'organizationName' AS "organizationName"
    FROM "SourceRecord" WHERE status = 'ACTIVE'`.cursor(5000, (rows) => {
    for (const r of rows) counter.add({ firstName: r.firstName ?? undefined, lastName: r.lastName ?? undefined, organizationName: r.organizationName ?? undefined });
  });
  return counter.result();
}
