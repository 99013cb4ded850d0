import { z } from "zod";
import { AppError, fieldIssues } from "@/src/errors";

const secret = z.string().min(1, "is required");

/** How the hub obtains a session: each grant is one the token endpoint accepts without a browser. */
const credentialsSchema = z.discriminatedUnion("grant", [
  z.object({ grant: z.literal("refresh_token"), clientId: secret, clientSecret: z.string().optional(), refreshToken: secret }),
  z.object({ grant: z.literal("client_credentials"), clientId: secret, clientSecret: secret }),
  z.object({ grant: z.literal("password"), clientId: secret, clientSecret: secret, username: secret, password: secret }),
]);

/**
 * One Salesforce org as a source. `accessToken` is optional: without one the
 * first request is refused and the refresh hook fetches a session, so a
 * stored source needs only its long-lived credentials.
 */
export const salesforceConfigSchema = z.object({
  instanceUrl: z.url({ protocol: /^https?$/ }).transform((u) => u.replace(/\/+$/, "")),
  /** where the token endpoint lives (login.salesforce.com, test.salesforce.com, or My Domain); defaults to the instance */
  loginUrl: z.url({ protocol: /^https?$/ }).transform((u) => u.replace(/\/+$/, "")).optional(),
  apiVersion: z.string().regex(/^\d{2}\.0$/, "must look like 62.0").default("62.0"),
  accessToken: z.string().min(1).optional(),
  credentials: credentialsSchema,
  /** rows per query page (Sforce-Query-Options batchSize); Salesforce accepts 200 to 2000 */
  pageSize: z.int().min(200).max(2000).default(2000),
  /** jsforce's own retry of 5xx and network errors; 429 is left to the caller so Retry-After is honoured */
  retry: z
    .object({ maxRetries: z.int().min(0).max(10).default(3), firstDelayMs: z.int().min(1).max(60_000).default(500) })
    .default({ maxRetries: 3, firstDelayMs: 500 }),
  /** a request that takes longer is abandoned and reported as retryable */
  timeoutMs: z.int().min(100).default(120_000),
});

export type SalesforceConfigInput = z.input<typeof salesforceConfigSchema>;
export type SalesforceConfig = z.output<typeof salesforceConfigSchema>;
export type SalesforceCredentials = z.output<typeof credentialsSchema>;

/** Checks a source's stored configuration; the issues name fields only, never their values, since some are secrets. */
export function parseSalesforceConfig(input: unknown): SalesforceConfig {
  const parsed = salesforceConfigSchema.safeParse(input);
  if (!parsed.success) {
    const issues = fieldIssues(parsed.error.issues);
    throw new AppError("BAD_REQUEST", `The Salesforce configuration is invalid: ${issues.map((i) => `${i.path} ${i.message}`).join("; ")}.`, issues);
  }
  return parsed.data;
}
