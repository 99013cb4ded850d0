import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { closeDb } from "@/src/db";
import { AppError } from "@/src/errors";
import { allowEndpoint } from "@/src/testing/allow-endpoint";
import { parseAllowlistPattern } from "./allowlist";
import { checkWebhookUrl } from "./check-webhook-url";
import { postWebhook, WebhookRefusedError } from "./post-webhook";

const servers: Server[] = [];
const undo: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(undo.splice(0).map((u) => u()));
  for (const s of servers.splice(0)) {
    s.closeAllConnections();
    s.close();
  }
});
afterAll(closeDb);

/** A local endpoint answering every POST the same way. */
async function endpoint(answer: (res: import("node:http").ServerResponse) => void): Promise<string> {
  const server = createServer((req, res) => req.resume().on("end", () => answer(res)));
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`;
}

async function refusal(url: string): Promise<string> {
  const err = await checkWebhookUrl(url).then(() => null, (e: unknown) => e);
  expect(err).toBeInstanceOf(AppError);
  expect((err as AppError).issues[0].path).toBe("url");
  return (err as AppError).issues[0].message;
}

const post = (url: string, timeoutMs = 2_000) => postWebhook({ url, headers: { "content-type": "application/json" }, body: "{}", timeoutMs });

describe("the webhook URL guard", () => {
  it("refuses loopback, private, link-local (metadata) and IPv6 loopback addresses, and names that resolve to them", async () => {
    expect(await refusal("http://127.0.0.1:8080/hooks")).toMatch(/loopback/);
    expect(await refusal("http://10.0.0.1/hooks")).toMatch(/private-network/);
    expect(await refusal("http://169.254.169.254/latest/meta-data")).toMatch(/link-local/);
    expect(await refusal("http://[::1]:8080/hooks")).toMatch(/loopback/);
    expect(await refusal("http://[::ffff:127.0.0.1]/hooks")).toMatch(/loopback/);
    expect(await refusal("http://2130706433/hooks")).toMatch(/loopback/);
    expect(await refusal("http://localhost:8080/hooks")).toMatch(/localhost resolves to .*loopback/);
  });

  it("refuses what is not an http(s) URL or carries credentials, saying why", async () => {
    expect(await refusal("not a url")).toMatch(/not a URL/);
    expect(await refusal("ftp://example.com/x")).toMatch(/https:\/\/ or http:\/\//);
    expect(await refusal("https://user:pw@93.184.215.14/hooks")).toMatch(/user name or password/);
  });

  it("accepts a public address", async () => {
    expect((await checkWebhookUrl("https://93.184.215.14/hooks")).host).toBe("93.184.215.14");
  });

  it("admits an allowlisted host and port, and only that port", async () => {
    undo.push(await allowEndpoint("http://127.0.0.1:8080/"));
    expect((await checkWebhookUrl("http://127.0.0.1:8080/hooks")).port).toBe("8080");
    expect(await refusal("http://127.0.0.1:8081/hooks")).toMatch(/loopback/);
  });

  it("reads allowlist patterns: hosts, ports, addresses and ranges", () => {
    expect(parseAllowlistPattern("Receiver.Internal:8443")).toEqual({ kind: "host", host: "receiver.internal", port: 8443 });
    expect(parseAllowlistPattern("10.0.0.0/8")).toMatchObject({ kind: "range", port: null });
    expect(parseAllowlistPattern("[::1]:3100")).toMatchObject({ kind: "range", port: 3100 });
    expect(parseAllowlistPattern("127.0.0.1")).toMatchObject({ kind: "range", port: null });
    for (const bad of ["10.0.0.0/99", "host:99999", "bad host", "http://x", ""]) expect(parseAllowlistPattern(bad)).toBeNull();
  });
});

describe("posting a webhook", () => {
  it("is refused at connect time for a loopback endpoint nobody allowlisted", async () => {
    const url = await endpoint((res) => res.end());
    await expect(post(url)).rejects.toBeInstanceOf(WebhookRefusedError);
  });

  it("returns the status, Retry-After and an excerpt of an allowlisted endpoint's answer", async () => {
    const url = await endpoint((res) => res.writeHead(503, { "retry-after": "120" }).end("x".repeat(5_000)));
    undo.push(await allowEndpoint(url));
    const answer = await post(url);
    expect(answer).toMatchObject({ status: 503, retryAfter: "120" });
    expect(answer.excerpt).toHaveLength(1_000);
  });

  it("does not follow a redirect: the 3xx is the answer", async () => {
    const url = await endpoint((res) => res.writeHead(302, { location: "http://169.254.169.254/latest/meta-data" }).end());
    undo.push(await allowEndpoint(url));
    expect((await post(url)).status).toBe(302);
  });

  it("gives up on an endpoint that never answers, saying so", async () => {
    const url = await endpoint(() => {});
    undo.push(await allowEndpoint(url));
    await expect(post(url, 300)).rejects.toThrow(/no answer within 300 ms/);
  });
});
