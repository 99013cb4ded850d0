import { attributeNames, type AttributeName, type LineageEntry } from "@/src/golden/attributes";
import { readLineage } from "@/src/golden/read-golden-json";
import { builder } from "@/graphql/builder";

type LineageRow = LineageEntry & { attribute: AttributeName };

const StewardOverrideRef = builder.objectRef<NonNullable<LineageEntry["override"]>>("StewardOverride").implement({
  description: "A steward's correction, which wins over every source until a steward clears it.",
  fields: (t) => ({
    author: t.exposeString("author", { description: "Who set it, e.g. `user:anna@example.com`." }),
    reason: t.exposeString("reason"),
  }),
});

/** Where each golden value came from, so a downstream app can show or audit provenance. */
export const LineageEntryRef = builder.objectRef<LineageRow>("LineageEntry").implement({
  description: "The source record that supplied one golden attribute and when that source last changed it, or the steward override that set it.",
  fields: (t) => ({
    attribute: t.exposeString("attribute"),
    source: t.exposeString("source", { description: "The key of the source system, or `steward` for a steward override." }),
    externalId: t.exposeString("externalId", { nullable: true, description: "The record's id in the source system; null for a steward override." }),
    sourceRecordId: t.exposeString("sourceRecordId", { nullable: true, description: "Null for a steward override." }),
    updatedAt: t.field({ type: "DateTime", description: "When the source last changed the value, or when the steward set it.", resolve: (row) => new Date(row.updatedAt) }),
    rule: t.exposeString("rule", { nullable: true, description: "The survivorship rule that picked the value, e.g. `Source priority`; null for an override or a value stored before rules were named." }),
    override: t.field({ type: StewardOverrideRef, nullable: true, resolve: (row) => row.override ?? null }),
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
