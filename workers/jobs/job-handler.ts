import type { Job } from "bullmq";
import type { JobName, JobPayload } from "@/workers/contracts";

/**
 * A job's work, given its already validated payload. The BullMQ job comes
 * along for its attempt count, so a handler can tell its last try from one
 * the queue will repeat, and with the lock token a handler needs to put its
 * job back to sleep; tests pass a stand-in with just those fields.
 */
export type JobHandler<N extends JobName> = (payload: JobPayload<N>, job: Job, token?: string) => Promise<unknown>;
