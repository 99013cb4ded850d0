import { attributeNames, type AttributeName, type LineageEntry } from "@/src/golden/attributes";
import { readLineage } from "@/src/golden/read-golden-json";
import { builder } from "@/graphql/builder";

type LineageRow = LineageEntry & { attribute: AttributeName };

/** Where each golden value came from, so a downstream app can show or audit provenance. */
export const LineageEntryRef = builder.objectRef<LineageRow>("LineageEntry").implement({
  description: "The source record that supplied one golden attribute, and when that source last changed it.",
  fields: (t) => ({
    attribute: t.exposeString("attribute"),
    source: t.exposeString("source", { description: "The key of the source system." }),
    externalId: t.exposeString("externalId", { description: "The record's id in the source system." }),
    sourceRecordId: t.exposeString("sourceRecordId"),
    updatedAt: t.field({ type: "DateTime", resolve: (row) => new Date(row.updatedAt) }),
  }),
});

/** A lineage JSON column as a list, because GraphQL clients cannot enumerate a map's keys from the schema. */
export function lineageRows(json: unknown): LineageRow[] {
  const lineage = readLineage(json);
  return attributeNames.flatMap((attribute) => {
    const entry = lineage[attribute];
    return entry ? [{ ...entry, attribute }] : [];
  });
}
