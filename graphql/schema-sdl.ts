import { lexicographicSortSchema, printSchema } from "graphql";
import { schema } from "./schema";

/** The schema as sorted SDL, so the committed schema.graphql diffs cleanly and the check is order-independent. */
export function schemaSdl(): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
