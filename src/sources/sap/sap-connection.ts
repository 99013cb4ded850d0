import { z } from "zod";
import { AppError, fieldIssues } from "@/src/errors";
import { isTimeZone } from "./sap-wall-clock";

/** Where API_BUSINESS_PARTNER lives on an SAP Gateway unless a source says otherwise. */
export const BUSINESS_PARTNER_SERVICE_PATH = "/sap/opu/odata/sap/API_BUSINESS_PARTNER/";

/** Hosts whose traffic never leaves the machine, where plain http cannot expose the password. */
const loopbackHosts = new Set(["127.0.0.1", "[::1]", "localhost"]);

/** A check on the parsed URL; a value that is no URL passes here, as z.url() reports it already. */
const ifUrl = (check: (url: URL) => boolean) => (value: string) => !URL.canParse(value) || check(new URL(value));

const baseUrl = z
  .url({ protocol: /^https?$/, message: "must be an http(s) URL such as https://s4.example.com", abort: true })
  // Credentials in the URL would end up in every error message and log line that names the URL.
  .refine(ifUrl((u) => !u.username && !u.password), "must not contain a user name or password; give them as username and password")
  // Basic auth sends the password with every request, readable by anyone on the path unless TLS protects it.
  .refine(ifUrl((u) => u.protocol === "https:" || loopbackHosts.has(u.hostname)), "must use https (plain http only for 127.0.0.1, ::1 or localhost): basic auth would send the password readable");

/**
 * How to reach one SAP system: a plain base URL with basic auth (no BTP
 * destination service). `windowSize` is how many partners one query asks
 * for ($top); every query starts again from the cursor (see
 * pull-business-partners). `timeZone` is the zone of the system's clock,
 * which stamps change times in local wall-clock time.
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
  timeZone: z.string().refine(isTimeZone, "must be an IANA time zone such as Europe/Berlin or UTC").default("UTC"),
});

export type SapConnectionInput = z.input<typeof sapConnectionSchema>;
export type SapConnection = z.output<typeof sapConnectionSchema>;

/** The service root every request lies under; basic auth is only ever sent there. */
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
