import { z } from "zod";
import { prisma, sql } from "@/src/db";
import { loadBatched } from "@/graphql/batch-per-request";
import { builder } from "@/graphql/builder";
import { findSurvivorId, survivorsOf } from "@/src/golden/follow-merges";
import { parseArgs } from "@/graphql/parse-args";
import { readAttributes } from "@/src/golden/read-golden-json";
import { CustomerAttributesRef } from "./CustomerAttributes";
import { GoldenRecordFilterRef, GoldenRecordOrderRef, GoldenRecordStatusRef, goldenRecordOrder, goldenRecordWhere } from "./GoldenRecordFilter";
import { HISTORY_DEFAULT, HISTORY_MAX, historyArgs, historyPage, versionsOf, wantedPage } from "./GoldenRecordHistory";
import { GoldenRecordVersionRef } from "./GoldenRecordVersion";
import { LineageEntryRef, lineageRows } from "./LineageEntry";
import { AttributeRuleRef, rulesInForceFor } from "./SurvivorshipRule";

export { GoldenRecordStatusRef } from "./GoldenRecordFilter";

/** Page-size caps, stated in each connection's description. */
export const GOLDEN_RECORDS_MAX = 100;

/** A golden record that `goldenRecord(id)` reached by following merges from the id it was asked for. */
type Resolved = { resolvedFromMergedId?: string };

builder.prismaObject("GoldenRecord", {
  description: "The mastered customer. Its id is stable for life, the same id the portal and webhooks use.",
  fields: (t) => ({
    id: t.exposeID("id"),
    displayName: t.exposeString("displayName"),
    status: t.expose("status", { type: GoldenRecordStatusRef }),
    version: t.exposeInt("version", { description: "Increases by one with every change." }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
    resolvedFromMergedId: t.id({
      nullable: true,
      description:
        "Set when `goldenRecord(id)` was asked for an id that was merged away: that id, while this record is the survivor it was merged into (so `id` differs from the id asked for). Null when the record was asked for by its own id, and on records reached any other way.",
      resolve: (record) => (record as Resolved).resolvedFromMergedId ?? null,
    }),
    attributes: t.field({ type: CustomerAttributesRef, select: { attributes: true }, resolve: (r) => readAttributes(r.attributes) }),
    lineage: t.field({ type: [LineageEntryRef], select: { lineage: true }, resolve: (r) => lineageRows(r.lineage) }),
    survivorshipRules: t.field({
      type: [AttributeRuleRef],
      description:
        "The survivorship rule in force for each attribute: how its golden value is chosen now. The same for every record (the active rule set); `lineage.rule` says which rule chose the value the record holds.",
      resolve: (_record, _args, context) => rulesInForceFor(context),
    }),
    sourceRecords: t.relation("sourceRecords", { query: { orderBy: [{ sourceUpdatedAt: "desc" }, { id: "asc" }] } }),
    history: t.connection(
      {
        type: GoldenRecordVersionRef,
        description: `Every version of the record, newest first (\`version\` says how many there are). At most ${HISTORY_MAX} per page (default ${HISTORY_DEFAULT}): a larger \`first\` is cut to ${HISTORY_MAX}; page on with \`after\`.`,
        resolve: async (record, args, context) => {
          const { take, wanted } = wantedPage(parseArgs(historyArgs, args));
          return historyPage(await versionsOf(context, record.id, wanted), take);
        },
      },
      { name: "GoldenRecordVersionConnection" },
      { name: "GoldenRecordVersionEdge" },
    ),
    versions: t.field({
      type: [GoldenRecordVersionRef],
      description: `The newest ${HISTORY_MAX} versions, newest first.`,
      deprecationReason: `Use history, which pages through every version; versions stops at the newest ${HISTORY_MAX}.`,
      resolve: (record, _args, context) => versionsOf(context, record.id, { take: HISTORY_MAX, beforeVersion: null }),
    }),
    mergedInto: t.relation("mergedInto", { nullable: true, description: "The record this one was merged into, if any." }),
    survivor: t.prismaField({
      type: "GoldenRecord",
      description: "The active record at the end of the merge chain; the record itself when it is active.",
      select: { mergedIntoId: true },
      // Active records skip the chain walk; merged ones of a page walk theirs in one batched statement, and Prisma
      // batches the findUniques of one tick: a page costs two statements at most, not one per record.
      resolve: async (query, record, _args, context) => {
        const id = record.mergedIntoId ? await loadBatched(context, "survivor", record.mergedIntoId, (ids) => survivorsOf(sql, ids)) : record.id;
        if (!id) throw new Error(`The merge chain from golden record ${record.id} does not end in a surviving record.`);
        return prisma.goldenRecord.findUniqueOrThrow({ ...query, where: { id } });
      },
    }),
  }),
});

const idArg = z.string().trim().min(1).max(200);

builder.queryFields((t) => ({
  goldenRecord: t.prismaField({
    type: "GoldenRecord",
    nullable: true,
    description:
      "A golden record by its stable id. An id that was merged away answers with the survivor it was merged into (following every later merge), its `resolvedFromMergedId` set to the id asked for; with `followMerges: false` it answers with the merged record itself (status MERGED, see `survivor`). Null for an id that never existed.",
    args: {
      id: t.arg.id({ required: true }),
      followMerges: t.arg.boolean({ required: false, defaultValue: true, description: "False returns a merged-away record as it is, instead of its survivor." }),
    },
    resolve: async (query, _root, args) => {
      const { id, followMerges } = parseArgs(z.object({ id: idArg, followMerges: z.boolean().nullish() }), args);
      // A broken chain (no survivor) falls back to the record itself rather than hiding it.
      const target = followMerges === false ? id : ((await survivorsOf(sql, [id])).get(id) ?? id);
      const record = await prisma.goldenRecord.findUnique({ ...query, where: { id: target } });
      return record && target !== id ? Object.assign(record, { resolvedFromMergedId: id } satisfies Resolved) : record;
    },
  }),
  goldenRecords: t.prismaConnection(
    {
      type: "GoldenRecord",
      cursor: "id",
      maxSize: GOLDEN_RECORDS_MAX,
      description: `Golden records, filtered and ordered (displayName ascending unless \`orderBy\` says otherwise; ties by id). At most ${GOLDEN_RECORDS_MAX} per page: a larger \`first\` is cut to ${GOLDEN_RECORDS_MAX}.`,
      args: {
        filter: t.arg({ type: GoldenRecordFilterRef, required: false }),
        orderBy: t.arg({ type: GoldenRecordOrderRef, required: false }),
        search: t.arg.string({ description: "Case-insensitive substring of displayName.", deprecationReason: "Use filter.search." }),
        status: t.arg({
          type: GoldenRecordStatusRef,
          defaultValue: "ACTIVE",
          description: "null lists every status; `filter.status` wins when given.",
          deprecationReason: "Use filter.status.",
        }),
      },
      totalCount: (_connection, args) => prisma.goldenRecord.count({ where: goldenRecordWhere(args) }),
      resolve: (query, _root, args) => prisma.goldenRecord.findMany({ ...query, where: goldenRecordWhere(args), orderBy: goldenRecordOrder(args) }),
    },
    { name: "GoldenRecordConnection" },
    { name: "GoldenRecordEdge" },
  ),
  goldenRecordBySource: t.prismaField({
    type: "GoldenRecord",
    nullable: true,
    description: "The active golden record a source's record belongs to, following merges to the survivor.",
    args: {
      source: t.arg.string({ required: true, description: "The key of the source system." }),
      externalId: t.arg.string({ required: true, description: "The record's id in that source." }),
    },
    resolve: async (query, _root, args) => {
      const { source, externalId } = parseArgs(z.object({ source: idArg, externalId: idArg }), args);
      const xref = await prisma.sourceRecord.findFirst({ where: { externalId, source: { key: source } }, select: { goldenRecordId: true } });
      if (!xref) return null;
      return prisma.goldenRecord.findUnique({ ...query, where: { id: await findSurvivorId(xref.goldenRecordId) } });
    },
  }),
}));
