import { z } from "zod";
import type { QueueSort } from "./suspect-queue-filter";

/** Where a page of the queue ends: the sort key of its last row and its id. */
export type QueueCursor = { key: number | string; id: string };

const cursorSchema = z.tuple([z.union([z.number(), z.string().max(40)]), z.string().min(1).max(128)]);

/** The cursor as an opaque URL-safe token, so "next page" links carry the exact keyset position. */
export function encodeCursor(cursor: QueueCursor): string {
  return Buffer.from(JSON.stringify([cursor.key, cursor.id])).toString("base64url");
}

/** A token back to a cursor; a token that was tampered with or is from an older shape means "start at the top". */
export function decodeCursor(token: string | undefined): QueueCursor | undefined {
  if (!token) return undefined;
  try {
    const parsed = cursorSchema.safeParse(JSON.parse(Buffer.from(token, "base64url").toString("utf8")));
    return parsed.success ? { key: parsed.data[0], id: parsed.data[1] } : undefined;
  } catch {
    return undefined;
  }
}

/** The sort key of a suspect for the given order: its score, or its creation time as ISO text. */
export function sortKeyOf(sort: QueueSort, suspect: { score: number; createdAt: Date }): number | string {
  return sort === "score-desc" || sort === "score-asc" ? suspect.score : suspect.createdAt.toISOString();
}

/** The same queue walked backwards, for "previous suspect". */
export function reversed(sort: QueueSort): QueueSort {
  return ({ "score-desc": "score-asc", "score-asc": "score-desc", oldest: "newest", newest: "oldest" } as const)[sort];
}
