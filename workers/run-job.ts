import type { Job } from "bullmq";
import { UnrecoverableError } from "bullmq";
import { AppError } from "@/src/errors";
import { logger, type Logger } from "@/src/operations/logger";
import { jobs, type JobName } from "./contracts";
import { bulkMerge } from "./jobs/bulk-merge";
import { goldenRecompute } from "./jobs/golden-recompute";
import { ingestBatch } from "./jobs/ingest-batch";
import type { JobHandler } from "./jobs/job-handler";
import { maintenanceSweep } from "./jobs/maintenance-sweep";
import { outboxDispatch } from "./jobs/outbox-dispatch";
import { sourceSync } from "./jobs/source-sync";
import { webhookDrain } from "./jobs/webhook-drain";

/** Typed against the contracts, so a job added there without a handler fails to compile. */
export const handlers: { [N in JobName]: JobHandler<N> } = {
  "ingest.batch": ingestBatch,
  "ingest.bulk": ingestBatch,
  "outbox.dispatch": outboxDispatch,
  "webhook.drain": webhookDrain,
  "maintenance.sweep": maintenanceSweep,
  "golden.recompute": goldenRecompute,
  "suspects.bulk-merge": bulkMerge,
  "sources.sync": sourceSync,
};

/**
 * The logger for one job: every line carries its id, name and queue, so
 * searching the log for one job id finds all of that job's lines, from any
 * worker process. `parent` is for tests that read the lines back.
 */
export function jobLogger(job: Pick<Job, "id" | "name" | "queueName">, parent: Logger = logger): Logger {
  return parent.child({ jobId: job.id, job: job.name, queue: job.queueName });
}

/** Validates a job's payload and runs its handler; bad payloads and expected failures are not retried. */
export async function runJob(job: Job, token?: string): Promise<unknown> {
  jobLogger(job).debug({ attempt: job.attemptsMade + 1 }, "started");
  const name = job.name as JobName;
  const spec = jobs[name];
  if (!spec) throw new UnrecoverableError(`unknown job '${job.name}'`);
  const payload = spec.payload.safeParse(job.data);
  if (!payload.success) throw new UnrecoverableError(`job '${name}' has a malformed payload: ${payload.error.message}`);
  try {
    return await (handlers[name] as JobHandler<typeof name>)(payload.data as never, job, token);
  } catch (err) {
    if (err instanceof AppError && err.code === "NOT_FOUND") throw new UnrecoverableError(err.message);
    throw err;
  }
}
