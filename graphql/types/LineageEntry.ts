import { attributeNames, type AttributeName, type Lineage, type LineageEntry } from "@/src/golden/attributes";
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

/** Turns the lineage JSON column into rows in canonical attribute order, skipping malformed entries. */
export function readLineage(json: unknown): LineageRow[] {
  const lineage = (json && typeof json === "object" && !Array.isArray(json) ? json : {}) as Lineage;
  return attributeNames.flatMap((attribute) => {
    const entry = lineage[attribute];
    const fields = entry ? [entry.sourceRecordId, entry.source, entry.externalId, entry.updatedAt] : [];
    return entry && fields.every((f) => typeof f === "string") ? [{ ...entry, attribute }] : [];
  });
}
