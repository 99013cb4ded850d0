import { sql } from "@/src/db";
import { FrequencyCounter, type FrequencyField, type TermFrequencies } from "./term-frequencies";

/** Counts how common each name is among the active records, streamed so a million records never sit in memory at once. */
export async function collectTermFrequencies(): Promise<TermFrequencies> {
  const counter = new FrequencyCounter();
  await sql<Record<FrequencyField, string | null>[]>`
    SELECT standardized->>'firstName' AS "firstName", standardized->>'lastName' AS "lastName",
      standardized->>'organizationName' AS "organizationName"
    FROM "SourceRecord" WHERE status = 'ACTIVE'`.cursor(5000, (rows) => {
    for (const r of rows) counter.add(r);
  });
  return counter.result();
}
