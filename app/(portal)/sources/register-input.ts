import type { FieldIssue } from "@/src/errors";

/** What the register form shows again after a refusal: everything typed except the secrets. */
export type RegisterValues = Record<(typeof echoed)[number], string>;

const echoed = [
  "connector",
  "key",
  "name",
  "config.baseUrl",
  "config.servicePath",
  "config.client",
  "config.timeoutMs",
  "config.windowSize",
  "config.instanceUrl",
  "config.loginUrl",
  "config.apiVersion",
  "credentials.grant",
  "credentials.clientId",
  "credentials.username",
] as const;

/** Every field the form can show, secrets included, with its label: one place, so a refusal names a field the way the form does. */
export const registerFieldLabels: Record<string, string> = {
  connector: "Connector",
  name: "Name",
  key: "Key",
  "config.baseUrl": "Base URL",
  "config.client": "Client",
  "config.servicePath": "Service path",
  "config.timeoutMs": "Timeout (ms)",
  "config.windowSize": "Partners per query",
  "config.instanceUrl": "Instance URL",
  "config.loginUrl": "Login URL",
  "config.apiVersion": "API version",
  "credentials.grant": "Grant",
  "credentials.clientId": "Consumer key (client id)",
  "credentials.clientSecret": "Consumer secret",
  "credentials.refreshToken": "Refresh token",
  "credentials.username": "User name",
  "credentials.password": "Password",
};

/**
 * Whether a refusal's issue is about a field. The operation may name a
 * field by its place in the input (`config.baseUrl`) or by the connector's own
 * setting (`baseUrl`), so either ending the other counts.
 */
export function isAbout(issue: FieldIssue, name: string): boolean {
  return issue.path === name || name.endsWith(`.${issue.path}`) || issue.path.endsWith(`.${name}`);
}

/** A refusal as one sentence naming each field by its label, for the message beside the button. */
export function describeRefusal(issues: FieldIssue[]): string {
  const named = issues.map((i) => {
    const field = Object.keys(registerFieldLabels).find((name) => isAbout(i, name));
    return `${field ? registerFieldLabels[field] : i.path}: ${i.message}`;
  });
  return `Not registered: ${named.join("; ")}.`;
}

export const emptyRegisterValues: RegisterValues = Object.fromEntries(echoed.map((name) => [name, ""])) as RegisterValues;

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value.trim() : "";
};

/** Secrets are taken as typed, spaces and all; a blank one stays blank, so the refusal says it is required. */
const secretOf = (form: FormData, name: string) => String(form.get(name) ?? "");

/** A blank optional field is left out, so the connector's default applies. */
const optional = (form: FormData, name: string) => text(form, name) || undefined;

/** Digits become a number; anything else is passed on as typed, so the refusal names the field instead of a blank being read as zero. */
const optionalNumber = (form: FormData, name: string) => {
  const value = text(form, name);
  if (!value) return undefined;
  return /^\d+$/.test(value) ? Number(value) : value;
};

function settingsOf(form: FormData, connector: string) {
  if (connector === "SAP") {
    return {
      config: {
        baseUrl: text(form, "config.baseUrl"),
        servicePath: optional(form, "config.servicePath"),
        client: optional(form, "config.client"),
        timeoutMs: optionalNumber(form, "config.timeoutMs"),
        windowSize: optionalNumber(form, "config.windowSize"),
      },
      credentials: { username: text(form, "credentials.username"), password: secretOf(form, "credentials.password") },
    };
  }
  const grant = text(form, "credentials.grant");
  const secret = (name: string) => secretOf(form, `credentials.${name}`);
  return {
    config: { instanceUrl: text(form, "config.instanceUrl"), loginUrl: optional(form, "config.loginUrl"), apiVersion: optional(form, "config.apiVersion") },
    credentials: {
      grant,
      clientId: text(form, "credentials.clientId"),
      // The refresh-token grant may do without a client secret (a public connected app).
      clientSecret: grant === "refresh_token" ? secret("clientSecret") || undefined : secret("clientSecret"),
      ...(grant === "refresh_token" ? { refreshToken: secret("refreshToken") } : {}),
      ...(grant === "password" ? { username: text(form, "credentials.username"), password: secret("password") } : {}),
    },
  };
}

/**
 * Reads the register form into `registerSource`'s input, which validates it,
 * and the values to show again. Only the chosen connector's fields are read,
 * so a hidden field of the other one cannot leak into the source's settings.
 */
export function registerInput(form: FormData): { input: unknown; values: RegisterValues } {
  const values = Object.fromEntries(echoed.map((name) => [name, text(form, name)])) as RegisterValues;
  return { input: { key: values.key, name: values.name, connector: values.connector, ...settingsOf(form, values.connector) }, values };
}
