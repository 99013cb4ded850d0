import { afterAll, describe, expect, it } from "vitest";
import { closeDb, prisma } from "@/src/db";
import { unique, userPrincipal } from "@/src/testing/fixtures";
import { verifyApiToken } from "./api-tokens";
import { issueApiToken } from "./issue-api-token";
import { listApiTokens } from "./list-api-tokens";
import { systemPrincipal } from "./principal";
import { revokeIssuedToken } from "./revoke-issued-token";

const admin = systemPrincipal("test:manage-tokens");

afterAll(async () => {
  await closeDb();
});

describe("issueApiToken", () => {
  it("creates a token bound to a source that authenticates with its role, audited without its secret or hash", async () => {
    const source = await prisma.source.create({ data: { key: `tok-${unique()}`, name: "Token source", kind: "API" } });
    const name = `crm sync ${unique()}`;
    const { id, secret } = await issueApiToken({ principal: admin, name: ` ${name} `, role: "STEWARD", sourceId: source.id });
    expect(await verifyApiToken(secret)).toEqual({ kind: "token", id, label: `token:${name}`, role: "STEWARD", sourceId: source.id });
    const stored = await prisma.apiToken.findUniqueOrThrow({ where: { id } });
    expect(secret.startsWith(stored.prefix)).toBe(true);
    const [entry] = await prisma.auditEvent.findMany({ where: { targetId: id } });
    expect(entry).toMatchObject({ actor: admin.label, action: "token.create", targetType: "ApiToken", data: { after: { name, role: "STEWARD", source: source.key, prefix: stored.prefix } } });
    expect(JSON.stringify(entry.data)).not.toContain(secret.slice(stored.prefix.length));
    expect(JSON.stringify(entry.data)).not.toContain(stored.tokenHash);
  });

  it("leaves the token unbound without a source, and refuses a source that does not exist and an unknown role", async () => {
    const { secret } = await issueApiToken({ principal: admin, name: `reader ${unique()}`, role: "VIEWER", sourceId: "" });
    expect((await verifyApiToken(secret)).sourceId).toBeNull();
    await expect(issueApiToken({ principal: admin, name: "ghost", role: "VIEWER", sourceId: "no-such-source" })).rejects.toMatchObject({ code: "VALIDATION_FAILED", message: expect.stringMatching(/^Source: /) });
    await expect(issueApiToken({ principal: admin, name: "", role: "GOD" })).rejects.toMatchObject({ code: "VALIDATION_FAILED", message: expect.stringMatching(/Name: .*Role: /) });
  });

  it("is refused to anyone but an admin", async () => {
    await expect(issueApiToken({ principal: userPrincipal("STEWARD"), name: "mine", role: "ADMIN" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(listApiTokens({ principal: userPrincipal("APPROVER"), take: 10 })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("revokeIssuedToken", () => {
  it("stops the token authenticating, audits the revocation, and refuses revoking twice", async () => {
    const name = `doomed ${unique()}`;
    const { id, secret } = await issueApiToken({ principal: admin, name, role: "STEWARD" });
    await verifyApiToken(secret);
    expect(await revokeIssuedToken({ principal: admin, tokenId: id })).toEqual({ name });
    await expect(verifyApiToken(secret)).rejects.toMatchObject({ code: "UNAUTHENTICATED", message: expect.stringMatching(/revoked/) });
    await expect(revokeIssuedToken({ principal: admin, tokenId: id })).rejects.toMatchObject({ code: "CONFLICT" });
    const entries = await prisma.auditEvent.findMany({ where: { targetId: id }, orderBy: { createdAt: "asc" } });
    expect(entries.map((e) => [e.action, e.data])).toEqual([
      ["token.create", expect.anything()],
      ["token.revoke", { name, before: { revoked: false }, after: { revoked: true } }],
    ]);
    const listed = (await listApiTokens({ principal: admin, take: 500 })).rows.find((t) => t.id === id);
    expect(listed).toMatchObject({ name, role: "STEWARD", source: null, lastUsedAt: expect.any(Date), revokedAt: expect.any(Date) });
    expect(Object.keys(listed ?? {})).not.toContain("tokenHash");
  });

  it("answers NOT_FOUND for a token that does not exist", async () => {
    await expect(revokeIssuedToken({ principal: admin, tokenId: "no-such-token" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(revokeIssuedToken({ principal: admin, tokenId: "bad id!" })).rejects.toMatchObject({ code: "VALIDATION_FAILED" });
  });
});
