import { z } from "zod";
import { sql } from "@/src/db";
import { AppError, fieldIssues } from "@/src/errors";

export const CHANGES_PAGE_MAX = 1_000;

const input = z.object({
  after: z
    .string()
    .regex(/^\d{1,18}$/, "must be an endCursor this feed returned")
    .nullish(),
  first: z.number().int().min(1).max(CHANGES_PAGE_MAX).default(100),
  types: z.array(z.string().min(1).max(100)).max(20).nullish(),
});

export type ChangeFeedEvent = { id: string; sequence: number; position: string; type: string; goldenRecordId: string; createdAt: Date; data: unknown };
export type ChangeFeedPage = { events: ChangeFeedEvent[]; endCursor: string | null; hasNextPage: boolean };

/**
 * A page of the same events webhooks carry, in feed order, for apps that pull
 * instead of receiving pushes. The cursor is the last event's feed position,
 * given in commit order when the event was dispatched, so a reader who keeps
 * the endCursor and asks again never skips an event that committed late. An
 * empty page returns the cursor it was given, to ask again with later.
 */
export async function listChanges(options: { after?: string | null; first?: number | null; types?: string[] | null }): Promise<ChangeFeedPage> {
  const parsed = input.safeParse({ ...options, first: options.first ?? undefined });
  if (!parsed.success) {
    const issues = fieldIssues(parsed.error.issues);
    throw new AppError("VALIDATION_FAILED", `Invalid arguments: ${issues.map((i) => `${i.path}: ${i.message}`).join("; ")}`, issues);
  }
  const { after, first, types } = parsed.data;
  const rows = await sql<{ id: string; sequence: string; position: string; type: string; goldenRecordId: string; createdAt: Date; payload: unknown }[]>`
    SELECT id, sequence::text, "feedPosition"::text AS position, type, "goldenRecordId", "createdAt", payload
    FROM "ChangeEvent"
    WHERE "feedPosition" > ${after ?? "0"}::bigint ${types?.length ? sql`AND type = ANY(${types}::text[])` : sql``}
    ORDER BY "feedPosition"
    LIMIT ${first + 1}`;
  const page = rows.slice(0, first);
  return {
    events: page.map((r) => ({ id: r.id, sequence: Number(r.sequence), position: r.position, type: r.type, goldenRecordId: r.goldenRecordId, createdAt: r.createdAt, data: r.payload })),
    endCursor: page.at(-1)?.position ?? after ?? null,
    hasNextPage: rows.length > first,
  };
}
