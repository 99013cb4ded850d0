import { neighbourSuspect } from "@/src/stewardship/queue/neighbour-suspect";
import { parseQueueParams, queueFilter, queueHref, queueSort, type QueueParams } from "../queue-params";

export type QueueContext = { params: QueueParams; href: (path: string, extra?: Record<string, string | undefined>) => string };

/** The queue a form came from, carried as its query string in a hidden field. */
export function queueOf(query: string): QueueContext {
  const { params } = parseQueueParams(Object.fromEntries(new URLSearchParams(query)));
  return { params, href: (path, extra) => queueHref(path, params, extra) };
}

/** Where a steward goes once a pair left their queue: the next pair of the same queue, or the queue itself when it is worked through. */
export async function nextInQueue(fromId: string, queue: QueueContext, userId: string, notice: string): Promise<string> {
  const next = await neighbourSuspect({ fromId, direction: "next", filter: queueFilter(queue.params, userId), sort: queueSort(queue.params) });
  return queue.href(next ? `/suspects/${next}` : "/suspects", { notice });
}
