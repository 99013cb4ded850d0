import type { Job } from "bullmq";
import { UnrecoverableError } from "bullmq";
import { deliverWebhook } from "@/src/distribution/deliver-webhook";
import { dispatchEvents } from "@/src/distribution/dispatch-events";
import { requestDispatch } from "@/src/distribution/request-dispatch";
import { AppError } from "@/src/errors";
import { failBatch } from "@/src/ingest/fail-batch";
import { processBatch } from "@/src/ingest/process-batch";
import { findStrandedWork } from "@/src/operations/find-stranded-work";
import { refreshSearchIndexes } from "@/src/operations/refresh-search-indexes";
import { enqueue, jobs, type JobName, type JobPayload } from "./contracts";

async function queueDeliveries(ids: string[]): Promise<void> {
  for (const deliveryId of ids) await enqueue("webhook.deliver", { deliveryId });
}

type Handler<N extends JobName> = (payload: JobPayload<N>, job: Job) => Promise<unknown>;

/** One handler per job; each reloads its data and exits early when nothing is left to do. */
export const handlers: { [N in JobName]: Handler<N> } = {
  "ingest.batch": async ({ batchId }, job) => {
    try {
      const result = await processBatch({ batchId });
      await requestDispatch();
      return result;
    } catch (err) {
      if (job.attemptsMade + 1 >= (job.opts.attempts ?? 1)) await failBatch({ batchId, error: (err as Error).message });
      throw err;
    }
  },
  "outbox.dispatch": async () => {
    let total = 0;
    for (;;) {
      const { events, deliveryIds } = await dispatchEvents();
      await queueDeliveries(deliveryIds);
      total += events;
      if (events === 0) return { events: total };
    }
  },
  "webhook.deliver": async ({ deliveryId }, job) => {
    const attempts = job.opts.attempts ?? 1;
    const delay = typeof job.opts.backoff === "object" ? (job.opts.backoff.delay ?? 1000) : 1000;
    return deliverWebhook({
      deliveryId,
      lastAttempt: job.attemptsMade + 1 >= attempts,
      retryDelayMs: delay * 2 ** job.attemptsMade,
    });
  },
  "maintenance.sweep": async () => {
    await refreshSearchIndexes();
    const work = await findStrandedWork();
    for (const batchId of work.batchIds) await enqueue("ingest.batch", { batchId });
    await queueDeliveries(work.deliveryIds);
    if (work.undispatched > 0) await requestDispatch();
    return work;
  },
};

/** Validates a job's payload and runs its handler; bad payloads and expected failures are not retried. */
export async function runJob(job: Job): Promise<unknown> {
  const name = job.name as JobName;
  const spec = jobs[name];
  if (!spec) throw new UnrecoverableError(`unknown job '${job.name}'`);
  const payload = spec.payload.safeParse(job.data);
  if (!payload.success) throw new UnrecoverableError(`job '${name}' has a malformed payload: ${payload.error.message}`);
  try {
    return await (handlers[name] as Handler<typeof name>)(payload.data as never, job);
  } catch (err) {
    if (err instanceof AppError && err.code === "NOT_FOUND") throw new UnrecoverableError(err.message);
    throw err;
  }
}
