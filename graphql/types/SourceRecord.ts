import { z } from "zod";
import { SourceRecordStatus } from "@/prisma/generated/client";
import { readAttributes } from "@/src/golden/read-golden-json";
import { prisma, type Prisma } from "@/src/db";
import { builder } from "@/graphql/builder";
import { parseArgs } from "@/graphql/parse-args";
import { CustomerAttributesRef } from "./CustomerAttributes";

const SOURCE_RECORDS_MAX = 100;

const SourceRecordStatusRef = builder.enumType(SourceRecordStatus, {
  name: "SourceRecordStatus",
  description: "DELETED means the source removed the record; it stays linked for history.",
});

builder.prismaObject("SourceRecord", {
  description: "One customer as one source knows it: the cross-reference (xref) between a source id and a golden record.",
  fields: (t) => ({
    id: t.exposeID("id"),
    source: t.string({
      description: "The key of the source system.",
      select: { source: { select: { key: true } } },
      resolve: (record) => record.source.key,
    }),
    externalId: t.exposeString("externalId", { description: "The record's id in the source system." }),
    status: t.expose("status", { type: SourceRecordStatusRef }),
    sourceUpdatedAt: t.expose("sourceUpdatedAt", { type: "DateTime", description: "When the source last changed it." }),
    updatedAt: t.expose("updatedAt", { type: "DateTime", description: "When the hub last stored a change to it (what `sourceRecords(filter: {updatedSince})` compares)." }),
    goldenRecordId: t.exposeID("goldenRecordId", { description: "The golden record it is linked to now (merges move source records to the survivor)." }),
    goldenRecord: t.relation("goldenRecord"),
    attributes: t.field({
      type: CustomerAttributesRef,
      description: "The source's values after standardization.",
      select: { standardized: true },
      resolve: (record) => readAttributes(record.standardized),
    }),
  }),
});

const SourceRecordFilterRef = builder.inputType("SourceRecordFilter", {
  description: "Which source records to list; every condition given must hold.",
  fields: (t) => ({
    source: t.string({ required: false, description: "Only this source's records (its key)." }),
    status: t.field({ type: SourceRecordStatusRef, required: false, description: "Only records of this status; omitted or null lists both." }),
    updatedSince: t.field({ type: "DateTime", required: false, description: "Only records the hub changed at or after this instant (updatedAt)." }),
  }),
});

const filterArgs = z.object({
  filter: z
    .object({
      source: z.string().trim().min(1).max(64).nullish(),
      status: z.enum(SourceRecordStatus).nullish(),
      updatedSince: z.date().nullish(),
    })
    .nullish(),
});

function sourceRecordWhere(args: unknown): Prisma.SourceRecordWhereInput {
  const f = parseArgs(filterArgs, args).filter ?? {};
  return {
    ...(f.source ? { source: { key: f.source } } : {}),
    ...(f.status ? { status: f.status } : {}),
    ...(f.updatedSince ? { updatedAt: { gte: f.updatedSince } } : {}),
  };
}

builder.queryFields((t) => ({
  sourceRecords: t.prismaConnection(
    {
      type: "SourceRecord",
      cursor: "id",
      maxSize: SOURCE_RECORDS_MAX,
      description: `Source records (xrefs), filtered, in a stable order (by id) so a reader paging with \`after\` neither misses nor repeats one; read again with \`updatedSince\` to catch later changes. At most ${SOURCE_RECORDS_MAX} per page: a larger \`first\` is cut to ${SOURCE_RECORDS_MAX}.`,
      args: { filter: t.arg({ type: SourceRecordFilterRef, required: false }) },
      totalCount: (_connection, args) => prisma.sourceRecord.count({ where: sourceRecordWhere(args) }),
      resolve: (query, _root, args) => prisma.sourceRecord.findMany({ ...query, where: sourceRecordWhere(args), orderBy: { id: "asc" } }),
    },
    { name: "SourceRecordConnection" },
    { name: "SourceRecordEdge" },
  ),
}));
