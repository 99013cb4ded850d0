import { z } from "zod";
import { GoldenRecordStatus } from "@/prisma/generated/client";
import { builder } from "@/graphql/builder";
import { parseArgs } from "@/graphql/parse-args";
import type { Prisma } from "@/src/db";
import { literalLikeText } from "@/src/golden/list-golden-records";
import { countryProblem, standardizeCountry } from "@/src/standardize/countries";

export const GoldenRecordStatusRef = builder.enumType(GoldenRecordStatus, {
  name: "GoldenRecordStatus",
  description: "ACTIVE records are current customers; MERGED records were folded into another (see mergedInto).",
});

export const OrderDirectionRef = builder.enumType("OrderDirection", { values: ["ASC", "DESC"] as const });

const orderFields = { DISPLAY_NAME: "displayName", UPDATED_AT: "updatedAt" } as const;

const GoldenRecordOrderFieldRef = builder.enumType("GoldenRecordOrderField", {
  values: { DISPLAY_NAME: { description: "The customer's name as shown everywhere." }, UPDATED_AT: { description: "When the record last changed." } },
});

export const GoldenRecordFilterRef = builder.inputType("GoldenRecordFilter", {
  description: "Which golden records to list; every condition given must hold.",
  fields: (t) => ({
    status: t.field({
      type: GoldenRecordStatusRef,
      required: false,
      description: "Omitted: ACTIVE records only. Null: every status. Wins over the deprecated `status` argument.",
    }),
    source: t.string({ required: false, description: "Only records holding an active source record of this source (its key)." }),
    country: t.string({ required: false, description: "Only records in this country: an ISO 3166 code or a country's name (\"SE\", \"SWE\", \"Sweden\"), read as ingest reads it." }),
    updatedSince: t.field({ type: "DateTime", required: false, description: "Only records that changed at or after this instant (updatedAt)." }),
    search: t.string({ required: false, description: "Case-insensitive substring of displayName, taken literally (at most 200 characters). For fuzzy search by name, email or phone use searchGoldenRecords." }),
  }),
});

export const GoldenRecordOrderRef = builder.inputType("GoldenRecordOrder", {
  description: "How golden records are ordered; ties are broken by id, so paging is stable.",
  fields: (t) => ({
    field: t.field({ type: GoldenRecordOrderFieldRef, required: true, defaultValue: "DISPLAY_NAME" }),
    direction: t.field({ type: OrderDirectionRef, required: true, defaultValue: "ASC" }),
  }),
});

const search = z.string().trim().max(200).nullish();
const status = z.enum(GoldenRecordStatus).nullish();
const listArgs = z.object({
  search,
  status,
  filter: z
    .object({
      status,
      source: z.string().trim().min(1).max(64).nullish(),
      country: z
        .string()
        .trim()
        .min(2)
        .max(60)
        .transform(standardizeCountry)
        .refine((code) => !countryProblem(code), "is not a country: give an ISO 3166 code such as SE, or a country's name")
        .nullish(),
      updatedSince: z.date().nullish(),
      search,
    })
    .nullish(),
  orderBy: z.object({ field: z.enum(["DISPLAY_NAME", "UPDATED_AT"]), direction: z.enum(["ASC", "DESC"]) }).nullish(),
});

/**
 * The Prisma filter of goldenRecords' arguments. Status is ACTIVE unless
 * asked otherwise: `filter.status` when the filter names one (null: all),
 * else the deprecated top-level `status` (default ACTIVE, null: all).
 */
export function goldenRecordWhere(args: object): Prisma.GoldenRecordWhereInput {
  const a = parseArgs(listArgs, args);
  const f = a.filter ?? {};
  const wanted = a.filter && "status" in a.filter ? f.status : a.status;
  const searches = [a.search, f.search].filter((s): s is string => Boolean(s));
  return {
    ...(wanted ? { status: wanted } : {}),
    ...(f.source ? { sourceRecords: { some: { status: "ACTIVE", source: { key: f.source } } } } : {}),
    ...(f.country ? { attributes: { path: ["country"], equals: f.country } } : {}),
    ...(f.updatedSince ? { updatedAt: { gte: f.updatedSince } } : {}),
    ...(searches.length ? { AND: searches.map((s) => ({ displayName: { contains: literalLikeText(s), mode: "insensitive" as const } })) } : {}),
  };
}

/** ORDER BY of goldenRecords: the asked field, then id in the same direction. */
export function goldenRecordOrder(args: object): Prisma.GoldenRecordOrderByWithRelationInput[] {
  const order = parseArgs(listArgs, args).orderBy ?? { field: "DISPLAY_NAME", direction: "ASC" };
  const direction = order.direction === "DESC" ? "desc" : "asc";
  return [{ [orderFields[order.field]]: direction }, { id: direction }];
}
