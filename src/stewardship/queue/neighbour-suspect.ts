import { prisma, sql } from "@/src/db";
import { reversed, sortKeyOf } from "./queue-cursor";
import { queueOrder } from "./queue-order";
import type { QueueSort, SuspectQueueFilter } from "./suspect-queue-filter";
import { suspectQueueWhere, suspectQueueWith } from "./suspect-queue-where";

/**
 * The open suspect after (or before) a given one in a filtered queue: j/k and
 * skip on the compare page. It works from the given suspect's sort key, so it
 * still answers once that suspect was decided, deferred or assigned away.
 */
export async function neighbourSuspect(opts: {
  fromId: string;
  direction: "next" | "previous";
  filter?: SuspectQueueFilter;
  sort?: QueueSort;
  now?: Date;
}): Promise<string | null> {
  const from = await prisma.duplicateSuspect.findUnique({ where: { id: opts.fromId }, select: { id: true, score: true, createdAt: true } });
  if (!from) return null;
  const forward = opts.sort ?? "score-desc";
  const sort = opts.direction === "next" ? forward : reversed(forward);
  const filter = opts.filter ?? {};
  const { order, after } = queueOrder(sort, { key: sortKeyOf(sort, from), id: from.id });
  const [row] = await sql<{ id: string }[]>`
    ${suspectQueueWith(filter)}
    SELECT s.id FROM "DuplicateSuspect" s ${filter.entity ? sql`JOIN "GoldenRecord" l ON l.id = s."leftId"` : sql``}
    WHERE ${suspectQueueWhere(filter, opts.now ?? new Date())} ${after}
    ORDER BY ${order} LIMIT 1`;
  return row?.id ?? null;
}
