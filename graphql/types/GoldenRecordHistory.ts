import { z } from "zod";
import { loadBatched } from "@/graphql/batch-per-request";
import type { GraphQLContext } from "@/graphql/context";
import { latestVersionsOf, type VersionRow } from "@/src/golden/latest-versions";

/** The most versions one page of `history` holds. */
export const HISTORY_MAX = 100;
export const HISTORY_DEFAULT = 20;

type Wanted = { take: number; beforeVersion: number | null };

/**
 * The newest versions of one golden record, read in one statement with
 * every other record of the request asking for the same page in the same
 * tick (`latestVersionsOf`), so a page of records costs one statement.
 */
export async function versionsOf(context: GraphQLContext, goldenRecordId: string, wanted: Wanted): Promise<VersionRow[]> {
  const batch = `history:${wanted.take}:${wanted.beforeVersion ?? ""}`;
  return (await loadBatched(context, batch, goldenRecordId, (ids) => latestVersionsOf(ids, wanted))) ?? [];
}

const forwardOnly = "history pages forward only (newest first): use first and after";

const cursorOf = (version: number) => Buffer.from(`version:${version}`).toString("base64url");
const versionOfCursor = (cursor: string) => {
  const match = /^version:(\d{1,9})$/.exec(Buffer.from(cursor, "base64url").toString("utf8"));
  return match ? Number(match[1]) : null;
};

export const historyArgs = z.object({
  first: z.number().int().min(0, "must not be negative").nullish(),
  after: z
    .string()
    .max(64)
    .refine((c) => versionOfCursor(c) !== null, "is not a cursor history gave")
    .nullish(),
  last: z.null({ message: forwardOnly }).optional(),
  before: z.null({ message: forwardOnly }).optional(),
});

/** A page of history as a Relay connection: `take` rows of the asked page, and whether an older one follows. */
export function historyPage(rows: VersionRow[], take: number) {
  const page = rows.slice(0, take);
  return {
    edges: page.map((node) => ({ cursor: cursorOf(node.version), node })),
    pageInfo: { hasNextPage: rows.length > take, hasPreviousPage: false, startCursor: page[0] ? cursorOf(page[0].version) : null, endCursor: page.length ? cursorOf(page[page.length - 1].version) : null },
  };
}

/** The page a history field's arguments ask for: how many (plus one, to know whether more follow) and older than which version. */
export function wantedPage(args: z.infer<typeof historyArgs>): { take: number; wanted: Wanted } {
  const take = Math.min(args.first ?? HISTORY_DEFAULT, HISTORY_MAX);
  return { take, wanted: { take: take + 1, beforeVersion: args.after ? versionOfCursor(args.after) : null } };
}
