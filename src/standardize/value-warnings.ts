import { z } from "zod";
import { attributeNames, type AttributeName } from "@/src/golden/attributes";

/**
 * A value ingest left out of the standardized record (or, with `kept`, kept
 * but doubted), held on the source record with the value as sent and the
 * problem in words, so a steward can see why a customer has no email or
 * birthday and tell the source to fix it.
 */
export type ValueWarning = { attribute: AttributeName; value: string; problem: string; kept?: boolean };

const warningSchema = z.object({ attribute: z.enum(attributeNames), value: z.string(), problem: z.string(), kept: z.boolean().optional() });

/**
 * The one way to read SourceRecord.warnings: rows written before warnings
 * existed, or by hand, read as well-formed warnings or none, never throw.
 */
export function readWarnings(json: unknown): ValueWarning[] {
  if (!Array.isArray(json)) return [];
  return json.flatMap((entry) => {
    const parsed = warningSchema.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
}
