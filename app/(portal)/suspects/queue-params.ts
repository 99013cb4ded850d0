import { z } from "zod";
import { isRecordId } from "@/src/ids";
import { queueSorts, type QueueSort, type SuspectQueueFilter } from "@/src/stewardship/queue/suspect-queue-filter";

const percent = (field: string) =>
  z.coerce.number({ message: `${field}: enter a percentage.` }).int(`${field}: enter a whole percentage.`).min(0, `${field}: 0 or more.`).max(100, `${field}: 100 or less.`).transform(String);

/** Each queue parameter of the URL with the message naming it when it cannot be used. */
const fields = {
  sort: z.enum(queueSorts, { message: "Sort: choose one of the listed orders." }),
  min: percent("Score from"),
  max: percent("Score to"),
  source: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "Source: not a source key."),
  type: z.enum(["person", "organization"], { message: "Type: person or organization." }),
  assignee: z.string().refine((v) => v === "me" || v === "none" || isRecordId(v), "Assigned to: not a user."),
  deferred: z.literal("1", { message: "Deferred: tick it or leave it." }),
  q: z.string().trim().min(3, "Search: type at least 3 characters.").max(200, "Search: keep it to 200 characters."),
};

/** The queue's filter and order as they stand in the URL: kept on every link so j/k, skip and paging stay in the same queue. */
export type QueueParams = { [K in keyof typeof fields]?: string };

/**
 * Reads the queue parameters field by field: a mistyped one is reported by
 * name and dropped while the others still apply; an empty one is no filter.
 */
export function parseQueueParams(raw: Record<string, string | string[] | undefined>): { params: QueueParams; issues: string[] } {
  const params: QueueParams = {};
  const issues: string[] = [];
  for (const [name, schema] of Object.entries(fields) as [keyof QueueParams, z.ZodType<string>][]) {
    const value = raw[name];
    if (typeof value !== "string" || value.trim() === "") continue;
    const parsed = schema.safeParse(value);
    if (parsed.success) params[name] = parsed.data;
    else issues.push(parsed.error.issues[0]?.message ?? `${name}: not understood.`);
  }
  return { params, issues };
}

/**
 * A percentage as the queue shows it, as a score bound: a row shows 86% from
 * a score of 0.855, so "from 86%" must include it, and "to 86%" too.
 */
export function scoreBound(percent: number, end: "from" | "to"): number {
  return Math.min(1, Math.max(0, (end === "from" ? percent - 0.5 : percent + 0.5) / 100));
}

/** The order the parameters ask for; best matches first unless told otherwise. */
export const queueSort = (params: QueueParams): QueueSort => (params.sort as QueueSort | undefined) ?? "score-desc";

/** The domain filter the parameters stand for, "assigned to me" read as the signed-in user. */
export function queueFilter(params: QueueParams, userId: string): SuspectQueueFilter {
  const assignee = params.assignee === "me" ? userId : params.assignee;
  return {
    ...(params.min ? { minScore: scoreBound(Number(params.min), "from") } : {}),
    ...(params.max ? { maxScore: scoreBound(Number(params.max), "to") } : {}),
    ...(params.source ? { source: params.source } : {}),
    ...(params.type ? { entity: params.type as "person" | "organization" } : {}),
    ...(assignee === "none" ? { unassigned: true } : assignee ? { assigneeId: assignee } : {}),
    ...(params.deferred ? { deferred: true } : {}),
    ...(params.q ? { search: params.q } : {}),
  };
}

/** A link into the queue keeping its parameters, with `extra` added (an undefined value drops one). */
export function queueHref(path: string, params: QueueParams, extra: Record<string, string | undefined> = {}): string {
  const merged = Object.entries({ ...params, ...extra }).filter((e): e is [string, string] => Boolean(e[1]));
  const query = new URLSearchParams(merged).toString();
  return query ? `${path}?${query}` : path;
}
