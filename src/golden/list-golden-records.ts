import type { GoldenRecordStatus } from "@/prisma/generated/client";
import { prisma, Prisma } from "@/src/db";
import { readAttributes } from "./read-golden-json";

export type GoldenRecordRow = {
  id: string;
  displayName: string;
  email: string | null;
  city: string | null;
  country: string | null;
  sourceRecords: number;
  version: number;
  status: GoldenRecordStatus;
  updatedAt: Date;
};

export type GoldenRecordPage = { rows: GoldenRecordRow[]; total: number; nextCursor: string | null };

/**
 * Prisma's `contains` becomes ILIKE '%…%' with the text as typed, so `_`, `%`
 * and `\` would act as wildcards and escapes (a search for "_" matched every
 * record). Backslash is PostgreSQL's default LIKE escape character.
 */
export function literalLikeText(text: string): string {
  return text.replace(/[\\%_]/g, "\\$&");
}

/**
 * One page of golden records in name order, optionally narrowed by a
 * case-insensitive name search taken literally (served by the trigram index)
 * and a status.
 * Paging is by cursor, so deep pages cost the same as the first.
 */
export async function listGoldenRecords(opts: {
  search?: string;
  status?: GoldenRecordStatus;
  after?: string;
  take: number;
}): Promise<GoldenRecordPage> {
  const where: Prisma.GoldenRecordWhereInput = {
    ...(opts.status ? { status: opts.status } : {}),
    ...(opts.search ? { displayName: { contains: literalLikeText(opts.search), mode: "insensitive" } } : {}),
  };
  const [records, total] = await Promise.all([
    prisma.goldenRecord.findMany({
      where,
      orderBy: [{ displayName: "asc" }, { id: "asc" }],
      take: opts.take + 1,
      ...(opts.after ? { cursor: { id: opts.after }, skip: 1 } : {}),
      select: {
        id: true,
        displayName: true,
        attributes: true,
        version: true,
        status: true,
        updatedAt: true,
        _count: { select: { sourceRecords: { where: { status: "ACTIVE" } } } },
      },
    }),
    prisma.goldenRecord.count({ where }),
  ]);
  const rows = records.slice(0, opts.take).map(({ attributes, _count, ...r }) => {
    const a = readAttributes(attributes);
    return { ...r, email: a.email ?? null, city: a.city ?? null, country: a.country ?? null, sourceRecords: _count.sourceRecords };
  });
  return { rows, total, nextCursor: records.length > opts.take ? rows[rows.length - 1].id : null };
}
