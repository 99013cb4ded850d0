import { AppError, type FieldIssue } from "@/src/errors";
import { parseSalesforceConfig, type SalesforceConfig } from "@/src/sources/salesforce/salesforce-config";
import { parseSalesforceMapping, type SalesforceMapping } from "@/src/sources/salesforce/field-mapping";
import { parseSapConnection, type SapConnection } from "@/src/sources/sap/sap-connection";
import { parseSapMapping, type SapMapping } from "@/src/sources/sap/sap-mapping";

export type Connector = "SALESFORCE" | "SAP";

/** A connector source's settings, secrets included, as a sync opens them: never stored or returned in this form. */
export type ConnectorSettings =
  | { connector: "SALESFORCE"; config: SalesforceConfig; mapping: SalesforceMapping }
  | { connector: "SAP"; connection: SapConnection; mapping: SapMapping };

/** Which fields of a connector's parsed settings came from the sealed credentials, so a refusal names the form's field. */
const secretFields: Record<Connector, (path: string) => boolean> = {
  SALESFORCE: (path) => path === "credentials" || path.startsWith("credentials."),
  SAP: (path) => path === "username" || path === "password",
};

function named(connector: Connector, prefix: string, err: unknown): FieldIssue[] {
  if (!(err instanceof AppError)) throw err;
  return err.issues.map((i) => {
    if (prefix === "config.mapping") return { path: `${prefix}.${i.path}`, message: i.message };
    if (!secretFields[connector](i.path)) return { path: `config.${i.path}`, message: i.message };
    return { path: connector === "SAP" ? `credentials.${i.path}` : i.path, message: i.message };
  });
}

function attempt<T>(connector: Connector, prefix: string, parse: () => T, issues: FieldIssue[]): T | undefined {
  try {
    return parse();
  } catch (err) {
    issues.push(...named(connector, prefix, err));
    return undefined;
  }
}

/**
 * Checks a connector's settings (stored `config` without secrets, its
 * optional `mapping`, and the opened `credentials`) with the connector's own
 * parsers, and names each wrong field as the register form does
 * (`config.baseUrl`, `credentials.password`, `config.mapping.attributes.emial`).
 * The parsers' messages never repeat values, so secrets stay out of them.
 */
export function parseConnectorSettings(connector: Connector, config: unknown, credentials: unknown): ConnectorSettings {
  const { mapping: rawMapping, ...rest } = (config && typeof config === "object" ? config : {}) as Record<string, unknown>;
  const secrets = (credentials && typeof credentials === "object" ? credentials : {}) as Record<string, unknown>;
  const issues: FieldIssue[] = [];
  if (connector === "SALESFORCE") {
    const parsed = attempt(connector, "config", () => parseSalesforceConfig({ ...rest, credentials: secrets }), issues);
    const mapping = attempt(connector, "config.mapping", () => parseSalesforceMapping(rawMapping), issues);
    if (parsed && mapping) return { connector, config: parsed, mapping };
  } else {
    const connection = attempt(connector, "config", () => parseSapConnection({ ...rest, ...secrets }), issues);
    const mapping = attempt(connector, "config.mapping", () => parseSapMapping(rawMapping), issues);
    if (connection && mapping) return { connector, connection, mapping };
  }
  throw new AppError("VALIDATION_FAILED", `The ${connector === "SAP" ? "SAP" : "Salesforce"} settings are not valid: ${issues.map((i) => `${i.path} ${i.message}`).join("; ")}.`, issues);
}

/**
 * What a source stores in `connectorConfig`: the parsed settings without any
 * secret (SAP's logon, Salesforce's grant and any access token typed in),
 * with the mapping, so unknown keys and stray secrets are never kept.
 */
export function storableConfig(settings: ConnectorSettings): Record<string, unknown> {
  if (settings.connector === "SAP") {
    const { username: _u, password: _p, ...connection } = settings.connection;
    return { ...connection, mapping: settings.mapping };
  }
  const { credentials: _c, accessToken: _t, ...config } = settings.config;
  return { ...config, mapping: settings.mapping };
}
