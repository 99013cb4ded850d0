import { describe, expect, it } from "vitest";
import { systemPrincipal } from "@/src/auth/principal";
import { prisma } from "@/src/db";
import { AppError } from "@/src/errors";
import { unique, userPrincipal } from "@/src/testing/fixtures";
import { registerSource } from "./register-source";
import { openCredentials } from "./source-credentials";

const admin = systemPrincipal("test");
const refusal = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e as AppError);

describe("registerSource", () => {
  it("stores an SAP source as an ERP with its credentials sealed and nothing secret in its settings or audit entry", async () => {
    const key = `sap-${unique()}`;
    const { id } = await registerSource({ principal: admin, input: { key, name: "SAP EMEA", connector: "SAP", config: { baseUrl: "https://s4.example.com" }, credentials: { username: "HUB", password: "s3cret-pw" } } });
    const source = await prisma.source.findUniqueOrThrow({ where: { id } });
    expect(source).toMatchObject({ key, kind: "ERP", connector: "SAP", mayHoldDuplicates: true });
    expect(openCredentials(source.credentials!)).toEqual({ username: "HUB", password: "s3cret-pw" });
    expect(Buffer.from(source.credentials!).toString("latin1")).not.toContain("s3cret-pw");
    expect(JSON.stringify(source.connectorConfig)).not.toContain("s3cret-pw");
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { targetId: id, action: "source.register" } });
    expect(JSON.stringify(audit.data)).not.toContain("s3cret-pw");
  });

  it("names each wrong field as the form does, and refuses a taken key and a non-admin", async () => {
    const bad = await refusal(registerSource({ principal: admin, input: { key: "Bad Key", name: "", connector: "SAP", config: { baseUrl: "ftp://x" }, credentials: { username: "HUB" } } }));
    expect(bad?.code).toBe("VALIDATION_FAILED");
    expect(bad?.issues.map((i) => i.path).sort()).toEqual(["key", "name"]);
    const settings = await refusal(registerSource({ principal: admin, input: { key: `k-${unique()}`, name: "x", connector: "SAP", config: { baseUrl: "ftp://x", mapping: { attributes: { emial: "EmailAddress" } } }, credentials: { username: "HUB" } } }));
    expect(settings?.issues.map((i) => i.path).sort()).toEqual(["config.baseUrl", "config.mapping.attributes", "credentials.password"]);
    const sf = await refusal(registerSource({ principal: admin, input: { key: `k-${unique()}`, name: "x", connector: "SALESFORCE", config: { instanceUrl: "https://x.my.salesforce.com" }, credentials: { grant: "refresh_token", clientId: "c" } } }));
    expect(sf?.issues.map((i) => i.path)).toEqual(["credentials.refreshToken"]);
    const key = `dup-${unique()}`;
    const input = { key, name: "x", connector: "SAP", config: { baseUrl: "https://s4.example.com" }, credentials: { username: "u", password: "p" } };
    await registerSource({ principal: admin, input });
    expect((await refusal(registerSource({ principal: admin, input })))?.issues).toEqual([{ path: "key", message: expect.stringContaining("taken") }]);
    expect((await refusal(registerSource({ principal: userPrincipal("STEWARD"), input })))?.code).toBe("FORBIDDEN");
  });
});
