import { z } from "zod";
import { AppError, fieldIssues } from "@/src/errors";

/** Where API_BUSINESS_PARTNER lives on an SAP Gateway unless a source says otherwise. */
export const BUSINESS_PARTNER_SERVICE_PATH = "/sap/opu/odata/sap/API_BUSINESS_PARTNER/";

const baseUrl = z
  .url({ protocol: /^https?$/, message: "must be an http(s) URL such as https://s4.example.com" })
  // Credentials in the URL would end up in every error message and log line that names the URL.
  .refine((u) => !new URL(u).username && !new URL(u).password, "must not contain a user name or password; give them as username and password");

/**
 * How to reach one SAP system: a plain base URL with basic auth (no BTP
 * destination service). `windowSize` is how many partners one query asks
 * for before the next starts again from the cursor (see pull-business-partners).
 */
export const sapConnectionSchema = z.object({
  baseUrl,
  servicePath: z.string().startsWith("/").default(BUSINESS_PARTNER_SERVICE_PATH),
  /** the SAP client (mandant), sent as sap-client when set */
  client: z.string().regex(/^\d{3}$/, "must be three digits such as 100").optional(),
  username: z.string().min(1, "is required"),
  password: z.string().min(1, "is required"),
  timeoutMs: z.number().int().positive().default(30_000),
  windowSize: z.number().int().min(1).max(5000).default(1000),
});

export type SapConnectionInput = z.input<typeof sapConnectionSchema>;
export type SapConnection = z.output<typeof sapConnectionSchema>;

/** The service root every request and every `__next` link must lie under; basic auth is only ever sent there. */
export function serviceRoot(connection: SapConnection): URL {
  const path = connection.servicePath.endsWith("/") ? connection.servicePath : `${connection.servicePath}/`;
  return new URL(path, connection.baseUrl);
}

/** A source's stored or submitted connection, refused with each wrong setting named; zod's messages never repeat the values, so the password stays out. */
export function parseSapConnection(input: unknown): SapConnection {
  const parsed = sapConnectionSchema.safeParse(input);
  if (!parsed.success) throw new AppError("BAD_REQUEST", "The SAP connection settings are not valid.", fieldIssues(parsed.error.issues));
  return parsed.data;
}
