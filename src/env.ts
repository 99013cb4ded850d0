import { config } from "dotenv";
import { z } from "zod";

config({ quiet: true });

/**
 * The one validated view of configuration: every other module reads settings
 * from here, so a typo in an environment variable fails at start with its name
 * instead of surfacing later as undefined behaviour.
 */
const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().url().default("postgresql://postgres@127.0.0.1:5432/goldenhub"),
  REDIS_URL: z.string().url().default("redis://127.0.0.1:6379"),
  QUEUE_PREFIX: z.string().min(1).default("goldenhub"),
  AUTH_SECRET: z.string().min(16).optional(),
  AUTH_OIDC_ISSUER: z.string().url().optional(),
  AUTH_OIDC_CLIENT_ID: z.string().optional(),
  AUTH_OIDC_CLIENT_SECRET: z.string().optional(),
  AUTH_OIDC_NAME: z.string().default("Single sign-on"),
  INGEST_MAX_BATCH: z.coerce.number().int().positive().default(1000),
  /** batches of at least this many records go to bulk runs (src/ingest/bulk); above INGEST_MAX_BATCH, the bulk lane is off */
  INGEST_BULK_MIN_RECORDS: z.coerce.number().int().positive().default(200),
  INGEST_MAX_BODY_BYTES: z.coerce.number().int().positive().default(5_000_000),
  MATCH_AUTO_THRESHOLD: z.coerce.number().min(0).max(1).default(0.9),
  MATCH_REVIEW_THRESHOLD: z.coerce.number().min(0).max(1).default(0.3),
  MATCH_SAME_SOURCE_THRESHOLD: z.coerce.number().min(0).max(1).default(0.999),
  /** 32 bytes, base64: encrypts connector credentials at rest; without it a source's credentials can only come from its environment variables */
  SOURCE_CREDENTIALS_KEY: z
    .string()
    .refine((k) => Buffer.from(k, "base64").length === 32, "SOURCE_CREDENTIALS_KEY must be 32 bytes, base64-encoded (openssl rand -base64 32)")
    .optional(),
  PORT: z.coerce.number().int().positive().default(3000),
  RECEIVER_PORT: z.coerce.number().int().positive().default(4100),
  /** loopback ports of `npm start`'s demo Salesforce org and demo SAP gateway, which the seed registers as sources */
  DEMO_SALESFORCE_PORT: z.coerce.number().int().positive().default(4201),
  DEMO_SAP_PORT: z.coerce.number().int().positive().default(4202),
  /** when set, the worker answers liveness checks on this port (used by the e2e tests) */
  WORKER_HEALTH_PORT: z.coerce.number().int().positive().optional(),
  WORKER_CONCURRENCY: z.coerce.number().int().positive().default(2),
  /** the queues this worker process serves, comma-separated, or "!name,…" for all but those; unset, all of them (workers/contracts.ts names them) */
  WORKER_QUEUES: z.string().optional(),
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  /** /api/ready calls the pipeline stalled when work this old waits and nothing moved for as long */
  PIPELINE_STALL_SECONDS: z.coerce.number().int().positive().default(120),
  /** a bearer secret Prometheus scrapes /api/metrics with; unset, only admins (a session or an admin API token) may */
  METRICS_TOKEN: z.string().min(24, "METRICS_TOKEN must be at least 24 characters (openssl rand -hex 24)").optional(),
  /** unset: "info", or "silent" under NODE_ENV=test so test runs print only their own output */
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).optional(),
  EARLIEST_BIRTH_YEAR: z.coerce.number().int().min(1000).max(2100).default(1900),
});

export type Env = z.infer<typeof schema>;

function load(): Env {
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join("\n")}`);
  }
  return parsed.data;
}

export const env = load();
