import { describe, expect, it } from "vitest";
import { describeRefusal, registerInput } from "./register-input";

const formOf = (fields: Record<string, string>) => {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  return form;
};

describe("reading the register form", () => {
  it("reads only the chosen connector's fields, leaves blank optional ones to the defaults and never echoes a secret", () => {
    const { input, values } = registerInput(
      formOf({
        connector: "SAP",
        key: " sap-prod ",
        name: "SAP",
        "config.baseUrl": "https://s4.example.com",
        "config.client": "",
        "config.windowSize": "500",
        "config.timeoutMs": "soon",
        "config.instanceUrl": "https://stray.example.com",
        "credentials.username": "CLERK",
        "credentials.password": " pass with spaces ",
        "credentials.clientSecret": "stray-secret",
      }),
    );
    expect(input).toEqual({
      key: "sap-prod",
      name: "SAP",
      connector: "SAP",
      config: { baseUrl: "https://s4.example.com", servicePath: undefined, client: undefined, timeoutMs: "soon", windowSize: 500 },
      credentials: { username: "CLERK", password: " pass with spaces " },
    });
    expect(JSON.stringify(values)).not.toMatch(/pass with spaces|stray-secret/);
    expect(values["credentials.username"]).toBe("CLERK");
  });

  it("asks Salesforce for the secrets of the chosen grant only", () => {
    const { input } = registerInput(
      formOf({
        connector: "SALESFORCE",
        "config.instanceUrl": "https://acme.my.salesforce.com",
        "credentials.grant": "client_credentials",
        "credentials.clientId": "3MVG9",
        "credentials.clientSecret": "s3cret",
        "credentials.refreshToken": "left-over",
      }),
    );
    expect(input).toMatchObject({
      config: { instanceUrl: "https://acme.my.salesforce.com" },
      credentials: { grant: "client_credentials", clientId: "3MVG9", clientSecret: "s3cret" },
    });
    expect(JSON.stringify(input)).not.toContain("left-over");
  });

  it("names each refused field by its label, whether the operation names it by its place in the form or by the connector's setting", () => {
    expect(describeRefusal([{ path: "config.baseUrl", message: "must be an http(s) URL" }, { path: "password", message: "is required" }, { path: "oddity", message: "is odd" }])).toBe(
      "Not registered: Base URL: must be an http(s) URL; Password: is required; oddity: is odd.",
    );
  });
});
