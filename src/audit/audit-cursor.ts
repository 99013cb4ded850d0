import { z } from "zod";
import { isRecordId } from "@/src/ids";

/** Where a page of the log ends: the time and id of its last (oldest) row. */
export type AuditCursor = { at: Date; id: string };

/** The cursor as a search parameter: milliseconds, a dot, the id. */
export function encodeAuditCursor(cursor: AuditCursor): string {
  return `${cursor.at.getTime()}.${cursor.id}`;
}

/** A search parameter back into a cursor; anything else (a hand-edited URL) means the first page. */
export const auditCursorParam = z
  .string()
  .transform((value, ctx): AuditCursor => {
    const match = /^(\d{1,15})\.(.+)$/.exec(value);
    if (!match || !isRecordId(match[2])) {
      ctx.addIssue({ code: "custom", message: "Page: the link is broken; start from the first page." });
      return z.NEVER;
    }
    return { at: new Date(Number(match[1])), id: match[2] };
  });
