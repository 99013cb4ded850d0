import { z } from "zod";
import { GoldenRecordStatus } from "@/prisma/generated/client";
import { prisma, Prisma } from "@/src/db";
import { builder } from "@/graphql/builder";
import { findSurvivorId } from "@/src/golden/follow-merges";
import { parseArgs } from "@/graphql/parse-args";
import { readAttributes } from "@/src/golden/read-golden-json";
import { CustomerAttributesRef } from "./CustomerAttributes";
import { LineageEntryRef, lineageRows } from "./LineageEntry";

export const GoldenRecordStatusRef = builder.enumType(GoldenRecordStatus, {
  name: "GoldenRecordStatus",
  description: "ACTIVE records are current customers; MERGED records were folded into another (see mergedInto).",
});

builder.prismaObject("GoldenRecord", {
  description: "The mastered customer. Its id is stable for life, the same id the portal and webhooks use.",
  fields: (t) => ({
    id: t.exposeID("id"),
    displayName: t.exposeString("displayName"),
    status: t.expose("status", { type: GoldenRecordStatusRef }),
    version: t.exposeInt("version", { description: "Increases by one with every change." }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
    attributes: t.field({ type: CustomerAttributesRef, select: { attributes: true }, resolve: (r) => readAttributes(r.attributes) }),
    lineage: t.field({ type: [LineageEntryRef], select: { lineage: true }, resolve: (r) => lineageRows(r.lineage) }),
    sourceRecords: t.relation("sourceRecords", { query: { orderBy: [{ sourceUpdatedAt: "desc" }, { id: "asc" }] } }),
    versions: t.relation("versions", { description: "Newest first.", query: { orderBy: { version: "desc" } } }),
    mergedInto: t.relation("mergedInto", { nullable: true, description: "The record this one was merged into, if any." }),
    survivor: t.prismaField({
      type: "GoldenRecord",
      description: "The active record at the end of the merge chain; the record itself when it is active.",
      select: { mergedIntoId: true },
      // Active records skip the chain walk, so a page of them costs one batched findUnique, not one query each.
      resolve: async (query, record) => {
        const id = record.mergedIntoId ? await findSurvivorId(record.mergedIntoId) : record.id;
        return prisma.goldenRecord.findUniqueOrThrow({ ...query, where: { id } });
      },
    }),
  }),
});

const listArgs = z.object({ search: z.string().trim().max(200).nullish(), status: z.enum(GoldenRecordStatus).nullish() });

function listFilter(args: unknown): Prisma.GoldenRecordWhereInput {
  const { search, status } = parseArgs(listArgs, args);
  return {
    ...(status ? { status } : {}),
    ...(search ? { displayName: { contains: search, mode: "insensitive" as const } } : {}),
  };
}

const idArg = z.string().trim().min(1).max(200);

builder.queryFields((t) => ({
  goldenRecord: t.prismaField({
    type: "GoldenRecord",
    nullable: true,
    description: "A golden record by its stable id; merged-away records are returned too (status MERGED).",
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, args) =>
      prisma.goldenRecord.findUnique({ ...query, where: { id: parseArgs(z.object({ id: idArg }), args).id } }),
  }),
  goldenRecords: t.prismaConnection(
    {
      type: "GoldenRecord",
      cursor: "id",
      maxSize: 100,
      description: "Golden records ordered by displayName then id. At most 100 per page.",
      args: {
        search: t.arg.string({ description: "Case-insensitive substring of displayName." }),
        status: t.arg({ type: GoldenRecordStatusRef, defaultValue: "ACTIVE", description: "null lists every status." }),
      },
      totalCount: (_connection, args) => prisma.goldenRecord.count({ where: listFilter(args) }),
      resolve: (query, _root, args) =>
        prisma.goldenRecord.findMany({ ...query, where: listFilter(args), orderBy: [{ displayName: "asc" }, { id: "asc" }] }),
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
